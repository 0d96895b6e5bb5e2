package org.framewright.diagram.server.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Moves apart the parallel segments of different routes that lie on one grid line and overlap, so that the edges
 * can be told apart (the search puts every route through a gap on the same few lines). A segment moves only if its
 * route then still avoids every box and no neighbouring segment turns back on itself; a route's first and last
 * segments, which meet the boxes' outlines, never move (others on their line move off it).
 */
final class SegmentNudger {

    private static final double SPACING = 6;
    private static final double MAX_SPREAD = 30;

    /** A segment from corner {@code index} to {@code index + 1} of {@code route}; a route's first and last are fixed. */
    private record Segment(List<double[]> route, int index) {
        boolean movable() {
            return index > 0 && index + 2 < route.size();
        }

        double low(int along) {
            return Math.min(route.get(index)[along], route.get(index + 1)[along]);
        }

        double high(int along) {
            return Math.max(route.get(index)[along], route.get(index + 1)[along]);
        }
    }

    private SegmentNudger() {
    }

    /** Spreads the overlapping vertical, then horizontal segments of {@code routes} around {@code boxes}. */
    static void separate(List<List<double[]>> routes, List<RouteBox> boxes) {
        separate(routes, boxes, 0);
        separate(routes, boxes, 1);
    }

    /** Spreads segments sharing coordinate {@code axis} (0: vertical segments, same x; 1: horizontal, same y). */
    private static void separate(List<List<double[]>> routes, List<RouteBox> boxes, int axis) {
        int along = 1 - axis;
        Map<Long, List<Segment>> lines = new TreeMap<>();
        for (List<double[]> route : routes) {
            for (int k = 0; k + 1 < route.size(); k++) {
                if (route.get(k)[axis] == route.get(k + 1)[axis]) {
                    lines.computeIfAbsent(Math.round(route.get(k)[axis] * 10), key -> new ArrayList<>())
                            .add(new Segment(route, k));
                }
            }
        }
        for (List<Segment> line : lines.values()) {
            line.sort(Comparator.comparingDouble((Segment s) -> s.low(along)).thenComparingDouble(s -> s.high(along)));
            List<Segment> cluster = new ArrayList<>();
            double clusterHigh = Double.NEGATIVE_INFINITY;
            for (Segment segment : line) {
                if (!cluster.isEmpty() && segment.low(along) >= clusterHigh) {
                    spread(cluster, boxes, axis);
                    cluster.clear();
                }
                clusterHigh = cluster.isEmpty() ? segment.high(along) : Math.max(clusterHigh, segment.high(along));
                cluster.add(segment);
            }
            spread(cluster, boxes, axis);
        }
    }

    /**
     * Spreads the movable segments of a cluster around its line; when a fixed segment (a route's first or last) lies
     * on the line, the movable ones go to either side of it, off the line.
     */
    private static void spread(List<Segment> cluster, List<RouteBox> boxes, int axis) {
        List<Segment> movable = cluster.stream().filter(Segment::movable).toList();
        boolean anchored = movable.size() < cluster.size();
        if (movable.isEmpty() || cluster.size() < 2) {
            return;
        }
        int n = movable.size();
        double spacing = Math.min(SPACING, MAX_SPREAD / (cluster.size() - 1));
        for (int k = 0; k < n; k++) {
            double offset = anchored ? (k / 2 + 1) * spacing * (k % 2 == 0 ? 1 : -1) : (k - (n - 1) / 2.0) * spacing;
            shift(movable.get(k), offset, boxes, axis);
        }
    }

    private static void shift(Segment segment, double offset, List<RouteBox> boxes, int axis) {
        List<double[]> route = segment.route();
        int k = segment.index();
        double before = route.get(k)[axis];
        double previousDirection = Math.signum(before - route.get(k - 1)[axis]);
        double nextDirection = Math.signum(route.get(k + 2)[axis] - before);
        route.get(k)[axis] = before + offset;
        route.get(k + 1)[axis] = before + offset;
        boolean turnsBack = Math.signum(route.get(k)[axis] - route.get(k - 1)[axis]) != previousDirection
                || Math.signum(route.get(k + 2)[axis] - route.get(k + 1)[axis]) != nextDirection;
        if (turnsBack || crosses(route, k - 1, k + 2, boxes)) {
            route.get(k)[axis] = before;
            route.get(k + 1)[axis] = before;
        }
    }

    /** Whether a segment of {@code route} between corners {@code first} and {@code last} crosses a box. */
    static boolean crosses(List<double[]> route, int first, int last, List<RouteBox> boxes) {
        for (int k = first; k < last; k++) {
            double[] a = route.get(k);
            double[] b = route.get(k + 1);
            for (RouteBox box : boxes) {
                if (box.crossedBy(a[0], a[1], b[0], b[1])) {
                    return true;
                }
            }
        }
        return false;
    }
}
