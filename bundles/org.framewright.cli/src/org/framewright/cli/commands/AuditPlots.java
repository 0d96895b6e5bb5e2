package org.framewright.cli.commands;

import java.util.List;
import java.util.Map;

import org.framewright.audit.Descriptives;
import org.framewright.audit.IndicatorAudit;
import org.framewright.audit.WeightSunburst;
import org.framewright.io.svg.Svg;

/**
 * The plots of {@code audit --format html} as inline SVG: the framework's sunburst of levels and weights, and per
 * indicator a strip of the councils' values with the Tukey outliers in red. Every number comes from the audit
 * ({@link WeightSunburst}, {@link IndicatorAudit}); this class only places it.
 */
final class AuditPlots {

    static final String OUTLIER = "#c53030", VALUE = "#2b6cb0";
    private static final String[] AREA_COLOURS = {"#2b6cb0", "#2f855a", "#b7791f", "#6b46c1", "#c05621", "#2c7a7b",
        "#97266d", "#4a5568"};
    private static final double CENTRE = 60, RING = 90, SIZE = 2 * (CENTRE + 2 * RING) + 20;
    private static final double STRIP_WIDTH = 760, STRIP_HEIGHT = 64, PLOT_LEFT = 180, PLOT_RIGHT = 740;

    private AuditPlots() {
    }

    /** The sunburst with a legend of the first ring to its right; "" without segments. */
    static String sunburst(WeightSunburst sunburst) {
        if (sunburst.segments().isEmpty()) {
            return "";
        }
        double c = SIZE / 2;
        double radius = CENTRE + RING * sunburst.rings();
        Svg svg = new Svg(SIZE + 340, Math.max(SIZE, 40 + 18 * sunburst.segments().size() / 3.0), "sunburst",
            "The framework's levels and weights: each segment's angle is its share of the overall score");
        svg.circle(c, c, CENTRE, "#edf2f7", Svg.attribute("class", "centre"), "overall score: 100 %");
        svg.text(c, c + 4, "middle", 13, "#1f2933", sunburst.root());
        int area = -1;
        String areaColour = AREA_COLOURS[0];
        double legendY = 30;
        for (WeightSunburst.Segment s : sunburst.segments()) {
            if (s.ring() == 1) {
                areaColour = AREA_COLOURS[++area % AREA_COLOURS.length];
                svg.rect(c * 2 + 10, legendY - 10, 12, 12, areaColour, null, null);
                svg.text(c * 2 + 28, legendY, "start", 12, "#1f2933", s.id() + "  " + shorten(s.name(), 34) + "  "
                    + fixed(s.share()) + " %");
                legendY += 18;
            }
            double inner = CENTRE + RING * (s.ring() - 1);
            String fill = s.ring() == 1 ? areaColour : lighter(areaColour, 0.5 * (s.ring() - 1));
            svg.ringSegment(c, c, inner, inner + RING, s.startDegrees(), s.sweepDegrees(), fill,
                Svg.attribute("class", "arc ring" + s.ring()) + Svg.attribute("data-id", s.id())
                    + Svg.attribute("data-share", Double.toString(s.share())),
                WeightSunburst.tooltip(s));
            label(svg, c, inner + RING / 2, s);
        }
        if (radius < c) {
            svg.text(c, SIZE - 2, "middle", 11, "#627d98", "angle = share of the overall score (hover for the weight)");
        }
        return svg.toSvg();
    }

    /** The segment's id along its radius (so that narrow segments do not overlap), when it has room. */
    private static void label(Svg svg, double c, double radius, WeightSunburst.Segment s) {
        if (s.sweepDegrees() < 5) {
            return;
        }
        double middle = s.startDegrees() + s.sweepDegrees() / 2;
        double[] at = Svg.point(c, c, radius, middle);
        double rotation = middle <= 180 ? middle - 90 : middle + 90; // text reads from the centre on the right half
        svg.raw("<text x=\"" + Svg.number(at[0]) + "\" y=\"" + Svg.number(at[1]) + "\" dy=\"4\" text-anchor=\"middle\""
            + " font-size=\"" + (s.ring() == 1 ? 13 : 11) + "\" fill=\"" + (s.ring() == 1 ? "#ffffff" : "#1a202c")
            + "\" transform=\"rotate("
            + Svg.number(rotation) + ' ' + Svg.number(at[0]) + ' ' + Svg.number(at[1]) + ")\">" + Svg.escape(s.id())
            + "</text>");
    }

    /**
     * One indicator's strip: the councils' values as dots (spread vertically so that equal values stay visible),
     * outliers in red, the median as a dark bar and the Tukey fences dashed; the JRC's flag named in the label.
     */
    static String distribution(IndicatorAudit indicator) {
        Descriptives d = indicator.statistics();
        boolean flagged = d.skewKurtosisOutlier();
        Svg svg = new Svg(STRIP_WIDTH, STRIP_HEIGHT, "distribution", indicator.indicator() + ": "
            + indicator.values().size() + " councils' values, " + indicator.outliers().size() + " outlier(s)"
            + (flagged ? "; JRC flag: |skew| > 2 and kurtosis > 3.5" : ""));
        svg.raw("<desc>" + Svg.escape(indicator.indicator()) + "</desc>");
        double mid = STRIP_HEIGHT / 2 - 6;
        svg.text(6, mid - 4, "start", 13, "#1f2933", indicator.indicator());
        svg.text(6, mid + 12, "start", 11, flagged ? OUTLIER : "#627d98", flagged ? "JRC flag: skewed"
            : indicator.outliers().size() + " outlier(s)");
        svg.line(PLOT_LEFT, mid + 20, PLOT_RIGHT, mid + 20, "#9fb3c8", false, null);
        double median = x(d.median(), d);
        // the minimum and maximum under the ends of the axis, unless the median's label would cover them
        if (median - PLOT_LEFT > 70) {
            svg.text(PLOT_LEFT, STRIP_HEIGHT - 4, "start", 10, "#627d98", fixed(d.min()));
        }
        if (PLOT_RIGHT - median > 70) {
            svg.text(PLOT_RIGHT, STRIP_HEIGHT - 4, "end", 10, "#627d98", fixed(d.max()));
        }
        for (double fence : new double[] {d.lowerFence(), d.upperFence()}) {
            if (fence >= d.min() && fence <= d.max()) {
                double x = x(fence, d);
                svg.line(x, 4, x, mid + 20, "#a0aec0", true, Svg.attribute("class", "fence"));
            }
        }
        int i = 0;
        for (Map.Entry<String, Double> value : indicator.values().entrySet()) {
            boolean outlier = indicator.outliers().contains(value.getKey());
            double y = mid + ((i++ * 7919) % 29 - 14) * 0.9;
            svg.circle(x(value.getValue(), d), y, outlier ? 3.5 : 2.5, outlier ? OUTLIER : VALUE,
                Svg.attribute("class", outlier ? "value outlier" : "value") + Svg.attribute("data-council",
                    value.getKey()) + (outlier ? "" : " fill-opacity=\"0.55\""),
                value.getKey() + ": " + fixed(value.getValue()) + (outlier ? " (outlier)" : ""));
        }
        svg.line(median, mid - 16, median, mid + 16, "#1a202c", false, Svg.attribute("class", "median"));
        svg.text(median, STRIP_HEIGHT - 4, "middle", 10, "#1a202c", "median " + fixed(d.median()));
        return svg.toSvg();
    }

    /** The strips of every indicator, one after the other. */
    static String distributions(List<IndicatorAudit> indicators) {
        StringBuilder html = new StringBuilder();
        indicators.forEach(i -> html.append("<div class=\"strip\" id=\"distribution-").append(Svg.escape(i.indicator()))
            .append("\">").append(distribution(i)).append("</div>\n"));
        return html.toString();
    }

    private static double x(double value, Descriptives d) {
        double range = d.max() - d.min();
        return range > 0 ? PLOT_LEFT + (PLOT_RIGHT - PLOT_LEFT) * (value - d.min()) / range
            : (PLOT_LEFT + PLOT_RIGHT) / 2;
    }

    private static String fixed(double value) {
        return Double.isNaN(value) ? "-" : Svg.number(value);
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
    }

    /** {@code colour} (#rrggbb) mixed with white by {@code amount} (0-1). */
    static String lighter(String colour, double amount) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        int[] parts = {rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff};
        StringBuilder out = new StringBuilder("#");
        for (int part : parts) {
            out.append(String.format("%02x", (int) Math.round(part + (255 - part) * Math.min(1, amount))));
        }
        return out.toString();
    }
}
