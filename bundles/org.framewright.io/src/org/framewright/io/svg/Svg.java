package org.framewright.io.svg;

import java.util.Locale;

/**
 * An inline SVG drawing built element by element: the one place the HTML pages of {@code audit} and {@code report}
 * get their markup from, so that escaping, number format (Locale.ROOT, at most 2 decimals) and arc geometry are
 * written once. Every element may carry a CSS class and a tooltip ({@code <title>}); attributes the caller adds
 * (e.g. {@code data-council}) let tests and scripts find what was drawn.
 */
public final class Svg {

    private final StringBuilder markup = new StringBuilder();

    /**
     * Starts a drawing of {@code width} x {@code height} user units.
     *
     * @param cssClass the root element's class (e.g. {@code sunburst}), or null
     * @param label what the drawing shows, for screen readers and as its title
     */
    public Svg(double width, double height, String cssClass, String label) {
        markup.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
            .append(attribute("class", cssClass))
            .append(" width=\"").append(number(width)).append("\" height=\"").append(number(height))
            .append("\" viewBox=\"0 0 ").append(number(width)).append(' ').append(number(height)).append('"')
            .append(attribute("aria-label", label)).append(" font-family=\"sans-serif\">");
        if (label != null) {
            markup.append("<title>").append(escape(label)).append("</title>");
        }
    }

    /** Opens a group ({@code <g>}) with {@code attributes} (already formed, e.g. from {@link #attribute}). */
    public Svg group(String attributes) {
        markup.append("<g").append(attributes == null ? "" : attributes).append('>');
        return this;
    }

    /** Closes the last group opened. */
    public Svg end() {
        markup.append("</g>");
        return this;
    }

    /** A rectangle. */
    public Svg rect(double x, double y, double width, double height, String fill, String attributes, String tooltip) {
        return element("rect", "x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(Math.max(0, width))
            + "\" height=\"" + number(Math.max(0, height)) + "\" fill=\"" + fill + '"', attributes, tooltip);
    }

    /** A line of {@code stroke} colour, dashed when {@code dashed}. */
    public Svg line(double x1, double y1, double x2, double y2, String stroke, boolean dashed, String attributes) {
        return element("line", "x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) + "\" y2=\""
            + number(y2) + "\" stroke=\"" + stroke + '"' + (dashed ? " stroke-dasharray=\"4 3\"" : ""), attributes,
            null);
    }

    /** A filled circle. */
    public Svg circle(double cx, double cy, double r, String fill, String attributes, String tooltip) {
        return element("circle", "cx=\"" + number(cx) + "\" cy=\"" + number(cy) + "\" r=\"" + number(r)
            + "\" fill=\"" + fill + '"', attributes, tooltip);
    }

    /** Text anchored {@code start}, {@code middle} or {@code end} at (x, y), of {@code size} px. */
    public Svg text(double x, double y, String anchor, double size, String fill, String text) {
        markup.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" text-anchor=\"")
            .append(anchor).append("\" font-size=\"").append(number(size)).append("\" fill=\"").append(fill)
            .append("\">").append(escape(text)).append("</text>");
        return this;
    }

    /**
     * A ring segment around (cx, cy) between radii {@code inner} and {@code outer}, from {@code startDegrees} over
     * {@code sweepDegrees} clockwise, 0 degrees at 12 o'clock (as a clock face and {@link #point} measure). A sweep of
     * 360 degrees is drawn as two halves (one SVG arc cannot close on itself).
     */
    public Svg ringSegment(double cx, double cy, double inner, double outer, double startDegrees, double sweepDegrees,
            String fill, String attributes, String tooltip) {
        double sweep = Math.min(360, Math.max(0, sweepDegrees));
        StringBuilder d = new StringBuilder();
        if (sweep >= 359.999) {
            double middle = startDegrees + 180;
            d.append(arcPath(cx, cy, inner, outer, startDegrees, middle)).append(' ')
                .append(arcPath(cx, cy, inner, outer, middle, startDegrees + 360));
        } else {
            d.append(arcPath(cx, cy, inner, outer, startDegrees, startDegrees + sweep));
        }
        return element("path", "d=\"" + d + "\" fill=\"" + fill + "\" stroke=\"#ffffff\" stroke-width=\"1\"",
            attributes, tooltip);
    }

    private static String arcPath(double cx, double cy, double inner, double outer, double from, double to) {
        double[] outerFrom = point(cx, cy, outer, from);
        double[] outerTo = point(cx, cy, outer, to);
        double[] innerTo = point(cx, cy, inner, to);
        double[] innerFrom = point(cx, cy, inner, from);
        int large = to - from > 180 ? 1 : 0;
        return "M " + number(outerFrom[0]) + ' ' + number(outerFrom[1]) + " A " + number(outer) + ' ' + number(outer)
            + " 0 " + large + " 1 " + number(outerTo[0]) + ' ' + number(outerTo[1]) + " L " + number(innerTo[0]) + ' '
            + number(innerTo[1]) + " A " + number(inner) + ' ' + number(inner) + " 0 " + large + " 0 "
            + number(innerFrom[0]) + ' ' + number(innerFrom[1]) + " Z";
    }

    /** The point at {@code radius} from (cx, cy) at {@code degrees} clockwise from 12 o'clock, as {x, y}. */
    public static double[] point(double cx, double cy, double radius, double degrees) {
        double radians = Math.toRadians(degrees);
        return new double[] {cx + radius * Math.sin(radians), cy - radius * Math.cos(radians)};
    }

    /** Markup the caller formed itself (already escaped). */
    public Svg raw(String svgMarkup) {
        markup.append(svgMarkup);
        return this;
    }

    private Svg element(String name, String geometry, String attributes, String tooltip) {
        markup.append('<').append(name).append(' ').append(geometry).append(attributes == null ? "" : attributes);
        if (tooltip == null) {
            markup.append("/>");
        } else {
            markup.append("><title>").append(escape(tooltip)).append("</title></").append(name).append('>');
        }
        return this;
    }

    /** The finished markup (the drawing can be extended further afterwards; each call closes a copy). */
    public String toSvg() {
        return markup + "</svg>";
    }

    /** {@code name="value"} with a leading space, the value escaped; "" when {@code value} is null. */
    public static String attribute(String name, String value) {
        return value == null ? "" : " " + name + "=\"" + escape(value) + '"';
    }

    /** {@code value} with at most 2 decimals and no trailing zeros, in Locale.ROOT (never a comma). */
    public static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return "-0".equals(text) ? "0" : text;
    }

    /** {@code text} escaped for XML text and attribute values; "" for null. */
    public static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\"", "&quot;");
    }
}
