package org.framewright.compare.report;

import java.util.ArrayList;
import java.util.List;

import org.framewright.compare.internal.HtmlPage;
import org.framewright.io.svg.Svg;
import org.framewright.scoring.series.BenchmarkRow;
import org.framewright.scoring.series.StrengthsAndWeaknesses;

/**
 * A council's strengths and weaknesses ({@code report --council}): its rank on every indicator among the scored
 * councils as horizontal bars, best at the top, the best three green and the worst three red (as the Scoring view's
 * Strengths tab draws them), then the same as a table.
 */
final class StrengthsSection {

    static final String BEST = "#38a169", WORST = "#c53030", OTHER = "#a0aec0";
    private static final double LEFT = 90, RIGHT = 640, ROW = 18, TOP = 10;

    private StrengthsSection() {
    }

    static void write(HtmlPage page, CouncilStrengths council) {
        page.heading(2, "Strengths and weaknesses: " + council.name() + " (" + council.council() + ")");
        List<BenchmarkRow> ranks = council.ranks();
        page.paragraph("", "Its rank on every indicator among the " + council.councils() + " councils scored (1 = best"
            + " in the indicator's direction); the best three are its strengths, the worst three its weaknesses.");
        page.raw(chart(council));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < ranks.size(); i++) {
            BenchmarkRow row = ranks.get(i);
            rows.add(List.of(HtmlPage.escape(row.indicator().getId()), HtmlPage.escape(row.indicator().getName()),
                row.value() == null ? "-" : Svg.number(row.value()), row.rank().toString(), mark(i, ranks.size())));
        }
        page.table("strengths-" + council.council(), List.of("Indicator", "Name", "Value#", "Rank#", ""), rows);
    }

    private static String mark(int i, int n) {
        return StrengthsAndWeaknesses.isBest(i, n) ? "strength" : StrengthsAndWeaknesses.isWorst(i, n) ? "weakness"
            : "";
    }

    private static String chart(CouncilStrengths council) {
        List<BenchmarkRow> ranks = council.ranks();
        int n = ranks.size();
        double height = TOP + ROW * n + 30;
        Svg svg = new Svg(RIGHT + 60, height, "strengths", council.name() + ": rank on each indicator among "
            + council.councils() + " councils, best first");
        svg.raw("<desc>" + Svg.escape(council.council()) + "</desc>");
        double scale = (RIGHT - LEFT) / Math.max(2.0, council.councils());
        for (int i = 0; i < n; i++) {
            BenchmarkRow row = ranks.get(i);
            String mark = mark(i, n);
            double y = TOP + ROW * i;
            svg.text(LEFT - 6, y + ROW - 5, "end", 11, "#1f2933", row.indicator().getId());
            svg.rect(LEFT, y + 2, scale * row.rank(), ROW - 4, mark.equals("strength") ? BEST
                : mark.equals("weakness") ? WORST : OTHER, Svg.attribute("class", ("rank " + mark).trim())
                    + Svg.attribute("data-indicator", row.indicator().getId())
                    + Svg.attribute("data-rank", row.rank().toString()),
                row.indicator().getId() + ": rank " + row.rank() + " of " + council.councils());
            svg.text(LEFT + scale * row.rank() + 4, y + ROW - 5, "start", 10, "#334e68", row.rank().toString());
        }
        svg.line(LEFT, TOP, LEFT, TOP + ROW * n, "#9fb3c8", false, null);
        svg.text(LEFT + (RIGHT - LEFT) / 2, height - 8, "middle", 11, "#627d98", "rank among " + council.councils()
            + " councils (1 = best); green the best three, red the worst three");
        return svg.toSvg();
    }
}
