package org.framewright.diagram.server.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * A sparse orthogonal routing grid over the free space between boxes, and an A* search on it. Its lines run a margin
 * away from every box side, through the middle of the gaps between them, and through every attachment point; a grid
 * point inside a box, or a grid step through a box's interior, is blocked. The search minimises length plus a penalty
 * per bend, so routes are short and have few corners.
 *
 * <p>One grid serves every edge of a render, and a render of a big diagram has a grid of a hundred thousand points and
 * more, each searched in four directions of travel: the state is kept in primitive arrays sized once (a float cost and
 * a byte naming the previous direction per state, one byte of flags per point), reset after each search only where
 * that search reached, so that routing leaves little garbage behind.
 *
 * <p>A step does not cost more where an earlier route already runs: such a cost made the search's estimate loose (a
 * route along used lines cost up to twice its length, so the search widened over nearly every line of the gap) and
 * routing the 500-element benchmark model took 2.6 s of CPU instead of about 50 ms. Routes sharing a line are told
 * apart afterwards ({@link GapCentring}, {@link SegmentNudger}).
 */
final class RoutingGrid {

    private static final double MARGIN = 10;
    private static final double BEND_PENALTY = 40;
    private static final double TIE_BREAK = 1.001;
    /** Directions of travel: +x, -x, +y, -y. */
    private static final int[] DX = {1, -1, 0, 0};
    private static final int[] DY = {0, 0, 1, -1};

    /** Flags of a grid point: the point is inside a box; the step from it to the next x (y) crosses a box. */
    private static final byte BLOCKED_POINT = 1;
    private static final byte BLOCKED_STEP_X = 2;
    private static final byte BLOCKED_STEP_Y = 4;
    /** The previous direction of a state the search started from. */
    private static final byte NO_PARENT = -1;

    private final double[] xs;
    private final double[] ys;
    private final byte[] flags;
    /** The cheapest cost found to each state (point * 4 + direction); infinite where this search has not been. */
    private final float[] cost;
    /** The direction of travel before each state's last step (its point minus that step is the previous point). */
    private final byte[] previousDirection;
    /** The states the current search has reached, to reset after it. */
    private int[] reached = new int[1024];
    private int reachedCount;
    private final MinHeap open = new MinHeap();
    private double goalX;
    private double goalY;
    private int arrival;

    /** The grid around {@code boxes} through every point of {@code attachments} ({x, y} pairs). */
    RoutingGrid(List<RouteBox> boxes, Collection<double[]> attachments) {
        double[] gridXs = new double[boxes.size() * 2];
        double[] gridYs = new double[boxes.size() * 2];
        for (int k = 0; k < boxes.size(); k++) {
            RouteBox box = boxes.get(k);
            gridXs[2 * k] = box.x() - MARGIN;
            gridXs[2 * k + 1] = box.right() + MARGIN;
            gridYs[2 * k] = box.y() - MARGIN;
            gridYs[2 * k + 1] = box.bottom() + MARGIN;
        }
        xs = withGapMiddles(gridXs, attachments, 0);
        ys = withGapMiddles(gridYs, attachments, 1);
        int points = xs.length * ys.length;
        flags = new byte[points];
        boxes.forEach(this::block);
        cost = new float[points * 4];
        Arrays.fill(cost, Float.POSITIVE_INFINITY);
        previousDirection = new byte[points * 4];
    }

    /** The sorted distinct {@code lines}, the middles of the gaps between them, and the attachments' {@code axis}. */
    private static double[] withGapMiddles(double[] lines, Collection<double[]> attachments, int axis) {
        double[] sides = distinct(lines, lines.length);
        double[] all = Arrays.copyOf(sides, sides.length * 2 + attachments.size());
        int n = sides.length;
        for (int k = 1; k < sides.length; k++) {
            if (sides[k] - sides[k - 1] > 2 * MARGIN) {
                all[n++] = (sides[k] + sides[k - 1]) / 2;
            }
        }
        for (double[] point : attachments) {
            all[n++] = point[axis];
        }
        return distinct(all, n);
    }

    /** The first {@code n} values of {@code values}, sorted, each once (sorts {@code values} in place). */
    private static double[] distinct(double[] values, int n) {
        Arrays.sort(values, 0, n);
        int kept = 0;
        for (int k = 0; k < n; k++) {
            if (kept == 0 || Double.compare(values[k], values[kept - 1]) != 0) {
                values[kept++] = values[k];
            }
        }
        return Arrays.copyOf(values, kept);
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
                flags[index(i, j)] |= BLOCKED_STEP_X;
            }
            for (int i = insideX[0]; i <= insideX[1]; i++) {
                flags[index(i, j)] |= BLOCKED_POINT;
            }
        }
        for (int i = insideX[0]; i <= insideX[1]; i++) {
            for (int j = stepsY[0]; j <= stepsY[1]; j++) {
                flags[index(i, j)] |= BLOCKED_STEP_Y;
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
        open.clear();
        goalX = to[0];
        goalY = to[1];
        arrival = goalDirection;
        reach(start * 4 + startDirection, 0, NO_PARENT);
        try {
            return search(start, goal, goalDirection);
        } finally {
            for (int k = 0; k < reachedCount; k++) {
                cost[reached[k]] = Float.POSITIVE_INFINITY;
            }
            reachedCount = 0;
        }
    }

    private List<double[]> search(int start, int goal, int goalDirection) {
        while (!open.isEmpty()) {
            double key = open.minKey();
            int state = open.pop();
            if (key > cost[state] + estimate(state) + 1e-6) {
                continue; // reached again more cheaply since it was pushed: that entry was expanded instead
            }
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
                reach(index(ni, nj) * 4 + next, cost[state] + step + (next == dir ? 0 : BEND_PENALTY), (byte) dir);
            }
        }
        return null;
    }

    private static int direction(int dx, int dy) {
        return dx > 0 ? 0 : dx < 0 ? 1 : dy > 0 ? 2 : 3;
    }

    private boolean stepBlocked(int i, int j, int ni, int nj) {
        if ((flags[index(ni, nj)] & BLOCKED_POINT) != 0) {
            return true;
        }
        return ni != i ? (flags[index(Math.min(i, ni), j)] & BLOCKED_STEP_X) != 0
                : (flags[index(i, Math.min(j, nj))] & BLOCKED_STEP_Y) != 0;
    }

    /** Reaches {@code state} at {@code newCost}, coming from direction {@code from}, unless it was reached cheaper. */
    private void reach(int state, double newCost, byte from) {
        float rounded = (float) newCost;
        if (cost[state] <= rounded) {
            return;
        }
        if (cost[state] == Float.POSITIVE_INFINITY) {
            if (reachedCount == reached.length) {
                reached = Arrays.copyOf(reached, reachedCount * 2);
            }
            reached[reachedCount++] = state;
        }
        cost[state] = rounded;
        previousDirection[state] = from;
        open.push(rounded + estimate(state), state);
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

    /** The corners of the route the search took to {@code goalState}, walking back along the previous directions. */
    private List<double[]> corners(int goalState) {
        List<double[]> points = new ArrayList<>();
        int laterDirection = -1;
        int state = goalState;
        while (true) {
            int point = state / 4;
            int dir = state % 4;
            int i = point / ys.length;
            int j = point % ys.length;
            byte before = previousDirection[state];
            if (points.isEmpty() || before == NO_PARENT || dir != laterDirection) {
                points.add(new double[] {xs[i], ys[j]});
            }
            if (before == NO_PARENT) {
                Collections.reverse(points);
                return points;
            }
            laterDirection = dir;
            state = index(i - DX[dir], j - DY[dir]) * 4 + before;
        }
    }
}
