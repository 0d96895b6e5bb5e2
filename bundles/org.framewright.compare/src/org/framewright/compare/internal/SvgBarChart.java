package org.framewright.compare.internal;

import java.util.List;

import org.framewright.io.svg.Svg;

/**
 * A vertical bar chart as inline SVG markup (no script, no external font or image): one bar per category with its
 * count above it, category labels below, a light grid and a y axis with whole-number ticks; drawn with the shared
 * {@link Svg} (escaping and number format written once).
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
        Svg svg = new Svg(WIDTH, HEIGHT, "bar-chart", title);
        for (int value = 0; value <= top; value += tick) {
            double y = TOP + plotHeight - plotHeight * value / top;
            svg.line(LEFT, y, WIDTH - 8, y, "#e4e7eb", false, null);
            svg.text(LEFT - 6, y + 4, "end", 11, "#627d98", String.valueOf(value));
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double height = plotHeight * bar.count() / top;
            double x = LEFT + i * slot + slot * 0.15;
            double y = TOP + plotHeight - height;
            String colour = graded ? COLOURS[Math.min(COLOURS.length - 1, i * COLOURS.length / Math.max(1, bars.size()))]
                : "#2b6cb0";
            svg.rect(x, y, slot * 0.7, height, colour, " rx=\"2\"", bar.label() + ": " + bar.count());
            svg.text(x + slot * 0.35, y - 5, "middle", 12, "#1f2933", String.valueOf(bar.count()));
            svg.text(x + slot * 0.35, HEIGHT - BOTTOM + 18, "middle", 11, "#334e68", bar.label());
        }
        svg.line(LEFT, HEIGHT - BOTTOM, WIDTH - 8, HEIGHT - BOTTOM, "#9fb3c8", false, null);
        return svg.toSvg();
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
