package org.framewright.compare.internal;

import java.util.List;
import java.util.Locale;

/**
 * A vertical bar chart as inline SVG markup (no script, no external font or image): one bar per category with its
 * count above it, category labels below, a light grid and a y axis with whole-number ticks.
 */
public final class SvgBarChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 300;
    private static final int LEFT = 48;
    private static final int BOTTOM = 56;
    private static final int TOP = 24;
    private static final String[] COLOURS = {"#c53030", "#dd6b20", "#d69e2e", "#38a169", "#2b6cb0", "#6b46c1"};

    /** One bar: a category label and its count. */
    public record Bar(String label, int count) {
    }

    private SvgBarChart() {
    }

    /**
     * The chart's markup. Bars are coloured from red to blue in category order (worst level first, as scales are
     * ordered), or all in one colour when {@code graded} is false.
     */
    public static String render(String title, List<Bar> bars, boolean graded) {
        int max = Math.max(1, bars.stream().mapToInt(Bar::count).max().orElse(1));
        int tick = niceTick(max);
        int top = ((max + tick - 1) / tick) * tick;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = (WIDTH - LEFT - 16) / (double) Math.max(1, bars.size());
        StringBuilder svg = new StringBuilder();
        svg.append("<svg role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
            .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
            .append("\" aria-label=\"").append(HtmlPage.escape(title)).append("\"><title>")
            .append(HtmlPage.escape(title)).append("</title>");
        for (int value = 0; value <= top; value += tick) {
            double y = TOP + plotHeight - plotHeight * value / top;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e4e7eb\"/>",
                LEFT, y, WIDTH - 8, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" "
                + "fill=\"#627d98\">%d</text>", LEFT - 6, y + 4, value));
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double height = plotHeight * bar.count() / top;
            double x = LEFT + i * slot + slot * 0.15;
            double y = TOP + plotHeight - height;
            String colour = graded ? COLOURS[Math.min(COLOURS.length - 1, i * COLOURS.length / Math.max(1, bars.size()))]
                : "#2b6cb0";
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                + "fill=\"%s\" rx=\"2\"><title>%s: %d</title></rect>", x, y, slot * 0.7, height, colour,
                HtmlPage.escape(bar.label()), bar.count()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\" "
                + "fill=\"#1f2933\">%d</text>", x + slot * 0.35, y - 5, bar.count()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" "
                + "fill=\"#334e68\">%s</text>", x + slot * 0.35, HEIGHT - BOTTOM + 18, HtmlPage.escape(bar.label())));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#9fb3c8\"/>",
            LEFT, HEIGHT - BOTTOM, WIDTH - 8, HEIGHT - BOTTOM));
        return svg.append("</svg>").toString();
    }

    private static int niceTick(int max) {
        for (int magnitude = 1; ; magnitude *= 10) {
            for (int step : new int[] {1, 2, 5}) {
                if (max / (step * magnitude) <= 8) {
                    return step * magnitude;
                }
            }
        }
    }
}
