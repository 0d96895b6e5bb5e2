package org.framewright.compare.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.framewright.compare.internal.HtmlPage;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.LineageKind;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.ScoredCouncils;
import org.framewright.scoring.ScoringResult;
import org.framewright.simulation.MonteCarloResult;

/**
 * The report a working group opens in any browser: one self-contained HTML page (inline CSS and SVG, no script,
 * no external address) with the framework summary, then the sections contributed to
 * {@code org.framewright.report.sections} in their order: Framewright's own (structure and logic models, the
 * distribution of the overall ratings, the league table of the councils scored, optionally a simulation summary)
 * and any plugin's.
 */
public final class FrameworkReport {

    private FrameworkReport() {
    }

    /**
     * The page for {@code framework} scored under {@code scheme} as {@code result}.
     */
    public static String html(Framework framework, ScoringScheme scheme, ScoringResult result) {
        return html(framework, scheme, result, null);
    }

    /**
     * The page as {@link #html(Framework, ScoringScheme, ScoringResult)}, with a simulation summary (each
     * council's rank interval and chance of a rating flip) after the league table when {@code simulation} is given.
     */
    public static String html(Framework framework, ScoringScheme scheme, ScoringResult result,
            MonteCarloResult simulation) {
        return html(new ReportInput(framework, scheme, result, simulation));
    }

    /**
     * The page for {@code input}: the summary, then every installed section in order (optional sections, such as
     * review comments, only when {@link ReportInput#requests requested}).
     */
    public static String html(ReportInput input) {
        Framework framework = Objects.requireNonNull(input.framework(), "framework");
        ScoringScheme scheme = input.scheme();
        ScoringResult result = input.result();
        HtmlPage page = new HtmlPage(Objects.toString(framework.getName(), framework.getId()), subtitle(framework));
        summary(page, framework, scheme, result);
        for (ReportSection section : ReportSections.installed()) {
            section.write(page, input);
        }
        return page.toHtml("Framewright report: " + framework.getId() + ", scheme " + scheme.getId()
            + (result.period() == null ? "" : ", period " + result.period()) + ". Scores follow the scheme exactly "
            + "as modelled; unscored councils and nodes are shown as '-'.");
    }

    private static String subtitle(Framework framework) {
        List<String> parts = new ArrayList<>();
        if (framework.getVersion() != null) {
            parts.add("version " + framework.getVersion());
        }
        parts.add(framework.getStatus().getLiteral());
        if (framework.getPublisher() != null) {
            parts.add(framework.getPublisher());
        }
        return String.join(" \u00B7 ", parts);
    }

    private static void summary(HtmlPage page, Framework framework, ScoringScheme scheme, ScoringResult result) {
        List<Area> areas = new ArrayList<>();
        framework.eAllContents().forEachRemaining(o -> {
            if (o instanceof Area area) {
                areas.add(area);
            }
        });
        long indicators = framework.getIndicators().stream().filter(i -> i.getLineage() != LineageKind.RETIRED)
            .count();
        long logicModels = areas.stream().filter(a -> a.getLogicModel() != null).count();
        ScoredCouncils counted = ScoredCouncils.of(result);
        List<String[]> cards = new ArrayList<>(List.of(new String[] {"areas", String.valueOf(areas.size())},
            new String[] {"indicators", String.valueOf(indicators)},
            new String[] {"logic models", String.valueOf(logicModels)},
            new String[] {"councils scored", String.valueOf(counted.scored())}));
        int notScored = counted.screened() + counted.unscored();
        if (notScored > 0) {
            cards.add(new String[] {"not scored", String.valueOf(notScored)});
        }
        cards.add(new String[] {"period", Objects.toString(result.period(), "all")});
        page.cards(cards);
        if (notScored > 0) {
            page.paragraph("not-scored", counted.summary() + ".");
        }
        page.heading(2, "Framework summary");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Framework", esc(framework.getId() + " \u2014 " + Objects.toString(framework.getName(), ""))));
        if (framework.getSource() != null) {
            rows.add(List.of("Source", esc(framework.getSource())));
        }
        rows.add(List.of("Structure", esc(String.join(" \u203A ", framework.getLevelNames()))));
        rows.add(List.of("Scoring scheme", esc(scheme.getId() + " \u2014 " + Objects.toString(scheme.getName(), ""))));
        if (scheme.getDescription() != null) {
            rows.add(List.of("How it scores", esc(scheme.getDescription())));
        }
        List<String> retired = framework.getIndicators().stream().filter(i -> i.getLineage() == LineageKind.RETIRED)
            .map(Indicator::getId).sorted(Comparator.naturalOrder()).toList();
        if (!retired.isEmpty()) {
            rows.add(List.of("Retired indicators", esc(String.join(", ", retired))));
        }
        page.table("summary", List.of("", ""), rows);
    }

    static String esc(String text) {
        return HtmlPage.escape(text);
    }
}
