package org.framewright.diagram.server.export;

import java.util.List;
import java.util.Locale;

/** Writes the drawing as SVG elements. */
final class SvgCanvas implements DiagramCanvas {

    private final StringBuilder svg = new StringBuilder();

    @Override
    public void rect(double x, double y, double width, double height, double radius, String fill, String stroke,
            double strokeWidth) {
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\" fill=\"%s\" stroke=\"%s\""
                        + " stroke-width=\"%.1f\"/>%n",
                x, y, width, height, radius, fill == null ? "none" : fill, stroke, strokeWidth));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, boolean dashed, boolean arrow) {
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1.5\"%s%s/>%n",
                x1, y1, x2, y2, stroke, dashed ? " stroke-dasharray=\"5 4\"" : "",
                arrow ? " marker-end=\"url(#arrow)\"" : ""));
    }

    @Override
    public void polyline(List<double[]> points, String stroke, boolean dashed) {
        StringBuilder coordinates = new StringBuilder();
        for (double[] point : points) {
            coordinates.append(String.format(Locale.ROOT, "%s%.1f,%.1f", coordinates.isEmpty() ? "" : " ", point[0],
                    point[1]));
        }
        svg.append(String.format(Locale.ROOT,
                "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"%s marker-end=\"url(#arrow)\"/>%n",
                coordinates, stroke, dashed ? " stroke-dasharray=\"5 4\"" : ""));
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, String fill) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.0f\"%s fill=\"%s\">%s</text>%n",
                x, y, size, bold ? " font-weight=\"bold\"" : "", fill, escape(text)));
    }

    /** The complete SVG document of the drawing with view box {@code bounds} {minX, minY, maxX, maxY}. */
    String document(double[] bounds, double margin) {
        double x = bounds[0] - margin;
        double y = bounds[1] - margin;
        double width = bounds[2] - bounds[0] + 2 * margin;
        double height = bounds[3] - bounds[1] + 2 * margin;
        return String.format(Locale.ROOT, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"%.1f %.1f %.1f %.1f\""
                + " font-family=\"DejaVu Sans, Arial, sans-serif\">%n"
                + "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"%s\"/>"
                + "</marker></defs>%n<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#ffffff\"/>%n",
                width, height, x, y, width, height, DiagramStyle.EDGE, x, y, width, height) + svg + "</svg>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
