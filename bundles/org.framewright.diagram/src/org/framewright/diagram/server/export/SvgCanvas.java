package org.framewright.diagram.server.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.framewright.io.svg.Svg;

/**
 * Writes the drawing as SVG elements with the shared {@link Svg} (escaping and number format written once, as the
 * HTML pages of {@code audit} and {@code report} draw). The calls are kept until {@link #document} knows the bounds.
 */
final class SvgCanvas implements DiagramCanvas {

    private final List<Consumer<Svg>> drawing = new ArrayList<>();

    @Override
    public void rect(double x, double y, double width, double height, double radius, String fill, String stroke,
            double strokeWidth) {
        drawing.add(svg -> svg.rect(x, y, width, height, fill == null ? "none" : fill, " rx=\"" + Svg.number(radius)
            + "\" stroke=\"" + stroke + "\" stroke-width=\"" + Svg.number(strokeWidth) + '"', null));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, boolean dashed, boolean arrow) {
        drawing.add(svg -> svg.line(x1, y1, x2, y2, stroke, dashed, " stroke-width=\"1.5\""
            + (arrow ? " marker-end=\"url(#arrow)\"" : "")));
    }

    @Override
    public void polyline(List<double[]> points, String stroke, boolean dashed) {
        StringBuilder coordinates = new StringBuilder();
        for (double[] point : points) {
            coordinates.append(coordinates.isEmpty() ? "" : " ").append(Svg.number(point[0])).append(',')
                .append(Svg.number(point[1]));
        }
        drawing.add(svg -> svg.raw("<polyline points=\"" + coordinates + "\" fill=\"none\"" + Svg.attribute("stroke",
            stroke) + " stroke-width=\"1.5\"" + (dashed ? " stroke-dasharray=\"4 3\"" : "")
            + " marker-end=\"url(#arrow)\"/>"));
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, String fill) {
        drawing.add(svg -> {
            svg.group(bold ? " font-weight=\"bold\"" : null);
            svg.text(x, y, "start", size, fill, text);
            svg.end();
        });
    }

    /** The complete SVG document of the drawing with view box {@code bounds} {minX, minY, maxX, maxY}. */
    String document(double[] bounds, double margin) {
        double x = bounds[0] - margin;
        double y = bounds[1] - margin;
        double width = bounds[2] - bounds[0] + 2 * margin;
        double height = bounds[3] - bounds[1] + 2 * margin;
        Svg svg = new Svg(width, height, "diagram", null);
        svg.raw("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
            + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\""
            + DiagramStyle.EDGE + "\"/></marker></defs>");
        svg.rect(0, 0, width, height, "#ffffff", null, null);
        svg.group(" transform=\"translate(" + Svg.number(-x) + ' ' + Svg.number(-y) + ")\"");
        drawing.forEach(draw -> draw.accept(svg));
        svg.end();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.toSvg() + "\n";
    }
}
