package org.framewright.diagram.server.export;

/** What {@link DiagramPainter} draws on: an SVG document or a raster image. Coordinates are diagram coordinates. */
interface DiagramCanvas {

    /** A rounded rectangle filled with {@code fill} (may be null) and outlined with {@code stroke}. */
    void rect(double x, double y, double width, double height, double radius, String fill, String stroke,
            double strokeWidth);

    /** A straight line ending in an arrow head at {@code (x2, y2)} when {@code arrow}. */
    void line(double x1, double y1, double x2, double y2, String stroke, boolean dashed, boolean arrow);

    /** Text with its baseline starting at {@code (x, y)}. */
    void text(double x, double y, String text, double size, boolean bold, String fill);
}
