package org.framewright.diagram.server.layout;

/**
 * A node's box as the edge router sees it: an obstacle no route may cross, and the outline its own edges start or
 * end on. Coordinates are diagram coordinates; the outline itself is not part of the interior.
 */
record RouteBox(String id, double x, double y, double width, double height) {

    private static final double EPSILON = 0.01;

    double right() {
        return x + width;
    }

    double bottom() {
        return y + height;
    }

    double centerX() {
        return x + width / 2;
    }

    double centerY() {
        return y + height / 2;
    }

    /** Whether the axis-parallel segment from {@code (x1, y1)} to {@code (x2, y2)} enters this box's interior. */
    boolean crossedBy(double x1, double y1, double x2, double y2) {
        return Math.min(x1, x2) < right() - EPSILON && Math.max(x1, x2) > x + EPSILON
                && Math.min(y1, y2) < bottom() - EPSILON && Math.max(y1, y2) > y + EPSILON;
    }

    /** Whether the point lies strictly inside this box. */
    boolean contains(double px, double py) {
        return crossedBy(px, py, px, py);
    }

    /** Whether {@code (px, py)} lies on this box's outline (within a hundredth of a pixel). */
    boolean onOutline(double px, double py) {
        boolean withinX = px >= x - EPSILON && px <= right() + EPSILON;
        boolean withinY = py >= y - EPSILON && py <= bottom() + EPSILON;
        return withinX && withinY && (Math.abs(px - x) < EPSILON || Math.abs(px - right()) < EPSILON
                || Math.abs(py - y) < EPSILON || Math.abs(py - bottom()) < EPSILON);
    }
}
