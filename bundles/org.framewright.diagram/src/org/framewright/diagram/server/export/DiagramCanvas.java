package org.framewright.diagram.server.export;

import java.util.List;

/** What {@link DiagramPainter} draws on: an SVG document or a raster image. Coordinates are diagram coordinates. */
interface DiagramCanvas {

    /** A rounded rectangle filled with {@code fill} (may be null) and outlined with {@code stroke}. */
    void rect(double x, double y, double width, double height, double radius, String fill, String stroke,
            double strokeWidth);

    /** A straight line ending in an arrow head at {@code (x2, y2)} when {@code arrow}. */
    void line(double x1, double y1, double x2, double y2, String stroke, boolean dashed, boolean arrow);

    /**
     * A line through {@code points} ({x, y} pairs, at least two) ending in an arrow head; by default drawn segment by
     * segment.
     */
    default void polyline(List<double[]> points, String stroke, boolean dashed) {
        for (int k = 0; k + 1 < points.size(); k++) {
            double[] a = points.get(k);
            double[] b = points.get(k + 1);
            line(a[0], a[1], b[0], b[1], stroke, dashed, k + 2 == points.size());
        }
    }

    /** Text with its baseline starting at {@code (x, y)}. */
    void text(double x, double y, String text, double size, boolean bold, String fill);
}
