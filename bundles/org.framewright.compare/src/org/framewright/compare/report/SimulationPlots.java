package org.framewright.compare.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.framewright.io.svg.Svg;
import org.framewright.simulation.CouncilUncertainty;
import org.framewright.simulation.MonteCarloResult;
import org.framewright.simulation.SensitivityIndex;
import org.framewright.simulation.SensitivityResult;

/**
 * The simulation's plots as inline SVG, as the Simulation view draws them: each council's 5th-95th percentile rank
 * interval with its median, councils sorted by median rank; and the first-order and total sensitivity indices of
 * the inputs as bars.
 */
final class SimulationPlots {

    static final String FIRST = "#2b6cb0", TOTAL = "#dd6b20";
    private static final double LEFT = 56, TOP = 20, PLOT_HEIGHT = 320, BOTTOM = 44, STEP = 5;

    private SimulationPlots() {
    }

    /** The councils with a rank interval, by median rank (then 5th percentile, then name). */
    static List<CouncilUncertainty> sorted(MonteCarloResult simulation) {
        return simulation.councils().stream().filter(c -> c.medianRank() != null && c.rankP05() != null
            && c.rankP95() != null).sorted(Comparator.comparing(CouncilUncertainty::medianRank)
                .thenComparing(CouncilUncertainty::rankP05).thenComparing(c -> Objects.toString(c.councilName(), "")))
            .toList();
    }

    /** The rank-interval plot: x the councils in median-rank order, y the rank (1 at the top). */
    static String rankIntervals(MonteCarloResult simulation) {
        List<CouncilUncertainty> councils = sorted(simulation);
        int ranks = Math.max(2, councils.stream().mapToInt(CouncilUncertainty::rankP95).max().orElse(2));
        double width = LEFT + 16 + STEP * Math.max(councils.size(), 20);
        Svg svg = new Svg(width, TOP + PLOT_HEIGHT + BOTTOM, "rank-intervals", "Rank intervals: each council's 5th-95th"
            + " percentile rank over the draws (line) and its median rank (dot), councils by median rank");
        int tick = tick(ranks);
        for (int rank = 1; rank <= ranks; rank = rank == 1 && tick > 1 ? tick : rank + tick) {
            double y = y(rank, ranks);
            svg.line(LEFT, y, width - 8, y, "#e4e7eb", false, null);
            svg.text(LEFT - 6, y + 4, "end", 11, "#627d98", Integer.toString(rank));
        }
        for (int i = 0; i < councils.size(); i++) {
            CouncilUncertainty c = councils.get(i);
            double x = LEFT + 8 + STEP * i + STEP / 2;
            svg.group(Svg.attribute("class", "interval") + Svg.attribute("data-council", c.councilId())
                + Svg.attribute("data-p05", c.rankP05().toString()) + Svg.attribute("data-median",
                    c.medianRank().toString()) + Svg.attribute("data-p95", c.rankP95().toString()));
            svg.raw("<title>" + Svg.escape(c.councilName() + " (" + c.councilId() + "): median rank " + c.medianRank()
                + ", 90% interval " + c.rankP05() + "\u2013" + c.rankP95()) + "</title>");
            svg.line(x, y(c.rankP05(), ranks), x, y(c.rankP95(), ranks), "#90cdf4", false,
                " stroke-width=\"" + Svg.number(STEP * 0.7) + '"');
            svg.circle(x, y(c.medianRank(), ranks), 1.8, "#1a365d", null, null);
            svg.end();
        }
        svg.text(LEFT + (width - LEFT) / 2, TOP + PLOT_HEIGHT + 30, "middle", 12, "#334e68", councils.size()
            + " councils, by median rank");
        svg.raw("<text x=\"14\" y=\"" + Svg.number(TOP + PLOT_HEIGHT / 2) + "\" font-size=\"12\" fill=\"#334e68\""
            + " text-anchor=\"middle\" transform=\"rotate(-90 14 " + Svg.number(TOP + PLOT_HEIGHT / 2)
            + ")\">rank (1 = best)</text>");
        return svg.toSvg();
    }

    /** The sensitivity plot: per input a bar of its first-order index and one of its total index, from 0. */
    static String sensitivity(SensitivityResult sensitivity) {
        List<SensitivityIndex> indices = sensitivity.indices();
        double left = 300, right = 700, row = 36;
        // the axis runs to 1, or further when an estimate exceeds it (Jansen's estimators are noisy at small N)
        double top = Math.max(1, indices.stream().mapToDouble(i -> Math.max(i.first(), i.total()))
            .filter(Double::isFinite).max().orElse(1));
        Svg svg = new Svg(right + 90, TOP + row * indices.size() + 50, "sensitivity", "Sensitivity of the mean"
            + " absolute rank shift: first-order (S) and total (T) Sobol indices of each input");
        for (double t = 0; t <= top + 1e-9; t += 0.25) {
            double x = left + (right - left) * t / top;
            svg.line(x, TOP - 4, x, TOP + row * indices.size(), "#e4e7eb", false, null);
            svg.text(x, TOP + row * indices.size() + 14, "middle", 11, "#627d98", Svg.number(t));
        }
        for (int i = 0; i < indices.size(); i++) {
            SensitivityIndex index = indices.get(i);
            double y = TOP + row * i;
            svg.text(left - 8, y + row / 2 + 4, "end", 12, "#1f2933", index.input().length() <= 44 ? index.input()
                : index.input().substring(0, 43) + "\u2026");
            bar(svg, "first", index.input(), index.first(), y + 5, left, (right - left) / top, FIRST, "first-order S");
            bar(svg, "total", index.input(), index.total(), y + row / 2, left, (right - left) / top, TOTAL, "total T");
        }
        double legend = TOP + row * indices.size() + 34;
        svg.rect(left, legend - 10, 12, 12, FIRST, null, null).text(left + 16, legend, "start", 12, "#1f2933",
            "first-order S (the input alone)");
        svg.rect(left + 230, legend - 10, 12, 12, TOTAL, null, null).text(left + 246, legend, "start", 12, "#1f2933",
            "total T (with its interactions)");
        return svg.toSvg();
    }

    private static void bar(Svg svg, String kind, String input, double value, double y, double left, double scale,
            String colour, String label) {
        double shown = Double.isNaN(value) ? 0 : Math.max(0, value); // a negative estimate is drawn as none
        svg.rect(left, y, scale * shown, 12, colour, Svg.attribute("class", "index " + kind)
            + Svg.attribute("data-input", input) + Svg.attribute("data-value", Double.toString(value)),
            input + ": " + label + " = " + (Double.isNaN(value) ? "undefined" : Svg.number(value)));
        svg.text(left + scale * shown + 4, y + 10, "start", 10, "#334e68",
            Double.isNaN(value) ? "-" : String.format(java.util.Locale.ROOT, "%.3f", value));
    }

    private static double y(int rank, int ranks) {
        return TOP + PLOT_HEIGHT * (rank - 1) / (double) (ranks - 1);
    }

    private static int tick(int ranks) {
        for (int step : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000}) {
            if (ranks / step <= 10) {
                return step;
            }
        }
        return ranks / 10;
    }
}
