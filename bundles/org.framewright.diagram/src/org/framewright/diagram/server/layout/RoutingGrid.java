package org.framewright.diagram.server.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * A sparse orthogonal routing grid over the free space between boxes, and an A* search on it. Its lines run a margin
 * away from every box side, through the middle of the gaps between them, and through every attachment point; a grid
 * point inside a box, or a grid step through a box's interior, is blocked. The search minimises length plus a penalty
 * per bend, so routes are short and have few corners.
 */
final class RoutingGrid {

    private static final double MARGIN = 10;
    private static final double BEND_PENALTY = 40;
    private static final double TIE_BREAK = 1.001;
    /** How much more a step costs where an earlier route already runs (so that routes keep apart where they can). */
    private static final double CROWDING = 1.0;
    /** Directions of travel: +x, -x, +y, -y. */
    private static final int[] DX = {1, -1, 0, 0};
    private static final int[] DY = {0, 0, 1, -1};

    private final double[] xs;
    private final double[] ys;
    private final boolean[] blockedPoint;
    private final boolean[] blockedStepX;
    private final boolean[] blockedStepY;
    private final boolean[] usedStepX;
    private final boolean[] usedStepY;
    private final double[] cost;
    private final int[] parent;
    private final int[] visit;
    private final MinHeap open = new MinHeap();
    private int search;
    private double goalX;
    private double goalY;
    private int arrival;

    /** The grid around {@code boxes} through every point of {@code attachments} ({x, y} pairs). */
    RoutingGrid(List<RouteBox> boxes, Collection<double[]> attachments) {
        TreeSet<Double> gridXs = new TreeSet<>();
        TreeSet<Double> gridYs = new TreeSet<>();
        for (RouteBox box : boxes) {
            gridXs.add(box.x() - MARGIN);
            gridXs.add(box.right() + MARGIN);
            gridYs.add(box.y() - MARGIN);
            gridYs.add(box.bottom() + MARGIN);
        }
        xs = withGapMiddles(gridXs, attachments, 0);
        ys = withGapMiddles(gridYs, attachments, 1);
        int points = xs.length * ys.length;
        blockedPoint = new boolean[points];
        blockedStepX = new boolean[points];
        blockedStepY = new boolean[points];
        usedStepX = new boolean[points];
        usedStepY = new boolean[points];
        boxes.forEach(this::block);
        cost = new double[points * 4];
        parent = new int[points * 4];
        visit = new int[points * 4];
    }

    private static double[] withGapMiddles(TreeSet<Double> lines, Collection<double[]> attachments, int axis) {
        List<Double> middles = new ArrayList<>();
        Double previous = null;
        for (Double line : lines) {
            if (previous != null && line - previous > 2 * MARGIN) {
                middles.add((line + previous) / 2);
            }
            previous = line;
        }
        lines.addAll(middles);
        attachments.forEach(point -> lines.add(point[axis]));
        return lines.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private int index(int i, int j) {
        return i * ys.length + j;
    }

    /** Blocks the grid points inside {@code box} and the grid steps through its interior. */
    private void block(RouteBox box) {
        int[] insideX = strictlyInside(xs, box.x(), box.right());
        int[] insideY = strictlyInside(ys, box.y(), box.bottom());
        int[] stepsX = overlapping(xs, box.x(), box.right());
        int[] stepsY = overlapping(ys, box.y(), box.bottom());
        for (int j = insideY[0]; j <= insideY[1]; j++) {
            for (int i = stepsX[0]; i <= stepsX[1]; i++) {
                blockedStepX[index(i, j)] = true;
            }
            for (int i = insideX[0]; i <= insideX[1]; i++) {
                blockedPoint[index(i, j)] = true;
            }
        }
        for (int i = insideX[0]; i <= insideX[1]; i++) {
            for (int j = stepsY[0]; j <= stepsY[1]; j++) {
                blockedStepY[index(i, j)] = true;
            }
        }
    }

    /** The range of indices of {@code lines} strictly between {@code low} and {@code high}. */
    private static int[] strictlyInside(double[] lines, double low, double high) {
        int first = Arrays.binarySearch(lines, low + 0.01);
        int last = Arrays.binarySearch(lines, high - 0.01);
        first = first >= 0 ? first : -first - 1;
        last = last >= 0 ? last : -last - 2;
        return new int[] {first, last};
    }

    /** The range of steps {@code i -> i + 1} of {@code lines} that overlap the open interval (low, high). */
    private static int[] overlapping(double[] lines, double low, double high) {
        int[] inside = strictlyInside(lines, low, high);
        return new int[] {Math.max(0, inside[0] - 1), Math.min(lines.length - 2, inside[1])};
    }

    /**
     * The cheapest route from {@code from}, leaving in {@code fromSide}'s direction, to {@code to}, arriving against
     * {@code toSide}'s direction, as its corner points (both ends included); null when the free space has none.
     */
    List<double[]> route(double[] from, Side fromSide, double[] to, Side toSide) {
        int start = index(Arrays.binarySearch(xs, from[0]), Arrays.binarySearch(ys, from[1]));
        int goalI = Arrays.binarySearch(xs, to[0]);
        int goalJ = Arrays.binarySearch(ys, to[1]);
        int goal = index(goalI, goalJ);
        int startDirection = direction(fromSide.dx, fromSide.dy);
        int goalDirection = direction(-toSide.dx, -toSide.dy);
        search++;
        open.clear();
        goalX = to[0];
        goalY = to[1];
        arrival = goalDirection;
        reach(start * 4 + startDirection, 0, -1);
        while (!open.isEmpty()) {
            int state = open.pop();
            int point = state / 4;
            int dir = state % 4;
            if (point == goal && dir == goalDirection) {
                return corners(state);
            }
            int i = point / ys.length;
            int j = point % ys.length;
            for (int next = 0; next < 4; next++) {
                if ((point == start && next != dir) || next == (dir ^ 1)) {
                    continue; // leave the box straight away from its side; never turn back
                }
                int ni = i + DX[next];
                int nj = j + DY[next];
                if (ni < 0 || nj < 0 || ni >= xs.length || nj >= ys.length || stepBlocked(i, j, ni, nj)) {
                    continue;
                }
                double step = Math.abs(xs[ni] - xs[i]) + Math.abs(ys[nj] - ys[j]);
                step *= used(i, j, ni, nj) ? 1 + CROWDING : 1;
                reach(index(ni, nj) * 4 + next, cost[state] + step + (next == dir ? 0 : BEND_PENALTY), state);
            }
        }
        return null;
    }

    /** Marks the grid steps along {@code route} (corners on grid lines) as used: later routes avoid sharing them. */
    void occupy(List<double[]> route) {
        for (int k = 0; k + 1 < route.size(); k++) {
            int i0 = Arrays.binarySearch(xs, route.get(k)[0]);
            int j0 = Arrays.binarySearch(ys, route.get(k)[1]);
            int i1 = Arrays.binarySearch(xs, route.get(k + 1)[0]);
            int j1 = Arrays.binarySearch(ys, route.get(k + 1)[1]);
            if (i0 < 0 || j0 < 0 || i1 < 0 || j1 < 0) {
                continue; // moved off the grid
            }
            for (int i = Math.min(i0, i1); i < Math.max(i0, i1); i++) {
                usedStepX[index(i, j0)] = true;
            }
            for (int j = Math.min(j0, j1); j < Math.max(j0, j1); j++) {
                usedStepY[index(i0, j)] = true;
            }
        }
    }

    private boolean used(int i, int j, int ni, int nj) {
        return ni != i ? usedStepX[index(Math.min(i, ni), j)] : usedStepY[index(i, Math.min(j, nj))];
    }

    private static int direction(int dx, int dy) {
        return dx > 0 ? 0 : dx < 0 ? 1 : dy > 0 ? 2 : 3;
    }

    private boolean stepBlocked(int i, int j, int ni, int nj) {
        if (blockedPoint[index(ni, nj)]) {
            return true;
        }
        return ni != i ? blockedStepX[index(Math.min(i, ni), j)] : blockedStepY[index(i, Math.min(j, nj))];
    }

    private void reach(int state, double newCost, int from) {
        if (visit[state] == search && cost[state] <= newCost) {
            return;
        }
        visit[state] = search;
        cost[state] = newCost;
        parent[state] = from;
        open.push(newCost + estimate(state), state);
    }

    /**
     * A lower bound of the cost from {@code state} to the goal: the distance, plus a bend for each turn the route
     * must still make (none when already heading in along the goal's line, one when heading another way, two when
     * heading in the final direction but off its line). Slightly inflated so that, of equal routes, the search
     * follows the one nearest the goal instead of widening over all of them.
     */
    private double estimate(int state) {
        int point = state / 4;
        int dir = state % 4;
        double x = xs[point / ys.length];
        double y = ys[point % ys.length];
        boolean onGoalLine = arrival < 2 ? y == goalY : x == goalX;
        boolean ahead = arrival < 2 ? (goalX - x) * DX[arrival] >= 0 : (goalY - y) * DY[arrival] >= 0;
        int bends = dir != arrival ? 1 : onGoalLine && ahead ? 0 : 2;
        return (Math.abs(x - goalX) + Math.abs(y - goalY) + bends * BEND_PENALTY) * TIE_BREAK;
    }

    private List<double[]> corners(int goalState) {
        List<double[]> points = new ArrayList<>();
        int previousDirection = -1;
        for (int state = goalState; state >= 0; state = parent[state]) {
            int point = state / 4;
            double[] xy = {xs[point / ys.length], ys[point % ys.length]};
            if (points.isEmpty() || parent[state] < 0 || state % 4 != previousDirection) {
                points.add(0, xy);
            }
            previousDirection = state % 4;
        }
        return points;
    }
}
