package org.framewright.compare.results;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.framewright.compare.internal.HtmlPage;
import org.framewright.io.CsvTableWriter;

/** The forms a {@link ResultsDiff} is written in; each literal writes its form. */
public enum ResultsFormat {
    /** Plain text: one line per council whose rating or rank changed, with its reasons. */
    TABLE {
        @Override
        public void write(ResultsDiff diff, PrintStream out) {
            out.println("A: " + diff.labelA());
            out.println("B: " + diff.labelB());
            List<CouncilShift> changed = diff.changed();
            out.println(changed.size() + " of " + diff.councils().size() + " councils change rating or rank");
            out.println();
            out.println(String.format("%-10s %-32s %-22s %-12s %-17s %s", "council", "name", "rating A -> B",
                "rank A -> B", "score A -> B", "nodes that moved most"));
            for (CouncilShift c : changed) {
                out.println(String.format("%-10s %-32s %-22s %-12s %-17s %s", c.councilId(), c.councilName(),
                    ResultsText.orNone(c.ratingA()) + " -> " + ResultsText.orNone(c.ratingB()),
                    ResultsText.rank(c.rankA()) + " -> " + ResultsText.rank(c.rankB()),
                    ResultsText.number(c.scoreA()) + " -> " + ResultsText.number(c.scoreB()), reasons(c)));
            }
        }
    },
    /**
     * CSV, one row per council (all of them): {@code council_id, council_name, rating_a, rating_b, rank_a, rank_b,
     * rank_change, score_a, score_b, changed, reasons} (reasons separated by {@code "; "}).
     */
    CSV {
        @Override
        public void write(ResultsDiff diff, PrintStream out) throws IOException {
            List<List<?>> rows = new ArrayList<>();
            for (CouncilShift c : diff.councils()) {
                rows.add(List.of(c.councilId(), c.councilName(), c.ratingA(), c.ratingB(), cell(c.rankA()),
                    cell(c.rankB()), cell(c.rankChange()), cell(c.scoreA()), cell(c.scoreB()), c.changed(),
                    reasons(c)));
            }
            CsvTableWriter.write(out, List.of("council_id", "council_name", "rating_a", "rating_b", "rank_a",
                "rank_b", "rank_change", "score_a", "score_b", "changed", "reasons"), rows);
        }
    },
    /** One self-contained HTML page with the councils that moved and why. */
    HTML {
        @Override
        public void write(ResultsDiff diff, PrintStream out) {
            HtmlPage page = new HtmlPage("Side-by-side results", "A: " + diff.labelA() + "   B: " + diff.labelB());
            List<CouncilShift> changed = diff.changed();
            page.cards(List.of(new String[] {"councils", String.valueOf(diff.councils().size())},
                new String[] {"rating changed", String.valueOf(changed.stream().filter(CouncilShift::ratingChanged)
                    .count())},
                new String[] {"rating or rank changed", String.valueOf(changed.size())}));
            page.heading(2, "Councils whose rating or rank changes");
            List<List<String>> rows = new ArrayList<>();
            for (CouncilShift c : changed) {
                Integer move = c.rankChange();
                String moveCell = move == null ? "-" : move == 0 ? "0" : move < 0
                    ? "<span class=\"up\">\u25B2 " + -move + "</span>" : "<span class=\"down\">\u25BC " + move + "</span>";
                rows.add(List.of(HtmlPage.escape(c.councilId()), HtmlPage.escape(c.councilName()),
                    HtmlPage.escape(ResultsText.orNone(c.ratingA())), HtmlPage.escape(ResultsText.orNone(c.ratingB())),
                    ResultsText.rank(c.rankA()), ResultsText.rank(c.rankB()), moveCell,
                    ResultsText.number(c.scoreA()), ResultsText.number(c.scoreB()),
                    HtmlPage.escape(reasons(c)).replace("; ", "<br>")));
            }
            page.table("changed", List.of("Council", "Name", "Rating A", "Rating B", "Rank A#", "Rank B#", "Move#",
                "Score A#", "Score B#", "Nodes that moved most"), rows);
            out.print(page.toHtml("Framewright side-by-side scoring. Reasons: nodes whose level changed most, then "
                + "whose score moved most; a node of one side only by its distance from that node's median."));
        }
    };

    /** The reason given when a council's own node results are the same and only others moved past it. */
    public static final String UNCHANGED_OWN_RESULTS = "own results unchanged: other councils moved";

    /** Writes {@code diff} to {@code out} in this form. */
    public abstract void write(ResultsDiff diff, PrintStream out) throws IOException;

    /** The format named {@code name} ({@code table}, {@code csv}, {@code html}; any case), or null. */
    public static ResultsFormat named(String name) {
        for (ResultsFormat format : values()) {
            if (format.name().equals(name.toUpperCase(Locale.ROOT))) {
                return format;
            }
        }
        return null;
    }

    private static String reasons(CouncilShift shift) {
        if (shift.reasons().isEmpty()) {
            if (!shift.changed()) {
                return "";
            }
            return java.util.Objects.equals(shift.scoreA(), shift.scoreB()) ? UNCHANGED_OWN_RESULTS
                : "no node below overall moved: the overall aggregation differs";
        }
        return shift.reasons().stream().map(NodeShift::describe).collect(Collectors.joining("; "));
    }

    private static Object cell(Object value) {
        return value == null ? "" : value;
    }
}
