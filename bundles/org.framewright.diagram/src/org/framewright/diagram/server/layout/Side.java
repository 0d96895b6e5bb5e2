package org.framewright.diagram.server.layout;

/** A side of a box an edge leaves or enters by, with the direction pointing away from the box. */
enum Side {
    /** The left side, facing -x. */
    LEFT(-1, 0),
    /** The right side, facing +x. */
    RIGHT(1, 0),
    /** The top side, facing -y. */
    TOP(0, -1),
    /** The bottom side, facing +y. */
    BOTTOM(0, 1);

    final int dx;
    final int dy;

    Side(int dx, int dy) {
        this.dx = dx;
        this.dy = dy;
    }

    /** Whether the side runs vertically (left, right): its attachment points differ in y. */
    boolean vertical() {
        return dx != 0;
    }

    /** The point of {@code box}'s side at {@code fraction} (0..1) along it (top to bottom, left to right). */
    double[] point(RouteBox box, double fraction) {
        return switch (this) {
            case LEFT -> new double[] {box.x(), box.y() + box.height() * fraction};
            case RIGHT -> new double[] {box.right(), box.y() + box.height() * fraction};
            case TOP -> new double[] {box.x() + box.width() * fraction, box.y()};
            case BOTTOM -> new double[] {box.x() + box.width() * fraction, box.bottom()};
        };
    }

    /**
     * The sides by which an edge from {@code source} to {@code target} leaves and enters: facing each other across
     * the gap between the boxes, the style's reading direction first (left to right for chains, top down for trees).
     * Null when the boxes overlap (no gap to route through).
     */
    static Side[] facing(RouteBox source, RouteBox target, LayoutStyle style) {
        Side[] horizontal = target.x() >= source.right() ? new Side[] {RIGHT, LEFT}
                : target.right() <= source.x() ? new Side[] {LEFT, RIGHT} : null;
        Side[] vertical = target.y() >= source.bottom() ? new Side[] {BOTTOM, TOP}
                : target.bottom() <= source.y() ? new Side[] {TOP, BOTTOM} : null;
        if (style == LayoutStyle.TREE_TOP_DOWN) {
            return vertical != null ? vertical : horizontal;
        }
        return horizontal != null ? horizontal : vertical;
    }
}
