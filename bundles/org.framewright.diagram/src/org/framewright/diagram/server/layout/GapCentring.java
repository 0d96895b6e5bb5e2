package org.framewright.diagram.server.layout;

import java.util.List;

/**
 * Moves the vertical parts of left-to-right routes to the middle of the gap they cross between boxes (in a logic
 * model, the gap between two lanes). Of equally short routes the search takes the one whose vertical part runs
 * nearest the target, so without this the links crowded against the target's lane. A vertical part moves only if its
 * route then still runs the same way (no horizontal segment turned back) and avoids every box; the segments that
 * meet the boxes' outlines never move. Runs before {@link SegmentNudger}, which then spreads the parts that share
 * the middle line.
 */
final class GapCentring {

    private GapCentring() {
    }

    /** Centres the inner vertical segments of {@code routes} in their gaps between {@code boxes}. */
    static void centre(List<List<double[]>> routes, List<RouteBox> boxes) {
        for (List<double[]> route : routes) {
            for (int k = 1; k + 2 < route.size(); k++) {
                if (route.get(k)[0] == route.get(k + 1)[0]) {
                    moveTo(route, k, middleOfGap(route.get(k)[0], boxes), boxes);
                }
            }
        }
    }

    /**
     * The middle between the nearest box side left of {@code x} and the nearest right of it (lanes are columns of
     * boxes, so these are the sides of the two lanes around the gap); NaN when {@code x} has no box on one side.
     */
    static double middleOfGap(double x, List<RouteBox> boxes) {
        double left = Double.NEGATIVE_INFINITY;
        double right = Double.POSITIVE_INFINITY;
        for (RouteBox box : boxes) {
            if (box.right() <= x) {
                left = Math.max(left, box.right());
            }
            if (box.x() >= x) {
                right = Math.min(right, box.x());
            }
        }
        return Double.isInfinite(left) || Double.isInfinite(right) ? Double.NaN : (left + right) / 2;
    }

    private static void moveTo(List<double[]> route, int k, double middle, List<RouteBox> boxes) {
        double before = route.get(k - 1)[0];
        double after = route.get(k + 2)[0];
        double x = route.get(k)[0];
        boolean sameWay = Math.signum(middle - before) == Math.signum(x - before)
                && Math.signum(after - middle) == Math.signum(after - x);
        if (Double.isNaN(middle) || middle == x || !sameWay || middle == before || middle == after) {
            return;
        }
        route.get(k)[0] = middle;
        route.get(k + 1)[0] = middle;
        if (SegmentNudger.crosses(route, k - 1, k + 2, boxes)) {
            route.get(k)[0] = x;
            route.get(k + 1)[0] = x;
        }
    }
}
