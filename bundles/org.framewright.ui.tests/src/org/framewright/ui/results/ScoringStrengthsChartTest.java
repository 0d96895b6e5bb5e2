package org.framewright.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.Polarity;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.framewright.testing.ui.Menus;
import org.framewright.testing.ui.Person;
import org.framewright.testing.ui.Workbenches;
import org.framewright.ui.charts.StrengthsChart;
import org.framewright.ui.explorer.ModelExplorerView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An analyst scores the published 2023-24 ASCOF results (read in place from shared/data) under ASCOF 2023-24 from
 * Framewright > Score..., selects West Northamptonshire in the league table and opens the Strengths and weaknesses
 * tab beside the trend: its rank among the scored councils on every indicator, best to worst, the best three green
 * and the worst three red. The expected ranks are computed here from the raw CSV rows (Year 2023-24, Geographical
 * Level Council): 1 + the number of scored councils with a strictly better value in the indicator's polarity.
 */
class ScoringStrengthsChartTest {

    private static final String COUNCIL = "E06000062";

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void theSelectedCouncilsRankOnEveryIndicatorBestToWorst() throws Exception {
        ScoringView open = (ScoringView) Workbenches.page().findView(ScoringView.ID);
        if (open != null) {
            Workbenches.page().hideView(open);
        }
        Workbenches.freshSample("ascof-2019-20.framework");
        IFile model = Workbenches.freshSample("ascof-2023-24.framework");
        Workbenches.linkedData(SharedData.file("ascof/trend_data.csv"));
        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        explorer.viewer().setSelection(new StructuredSelection(model), true);
        Workbenches.processEvents();
        Menus.select("Framewright", "Score...");
        Workbenches.processEvents();
        ScoringView view = (ScoringView) Workbenches.page().findView(ScoringView.ID);
        assertNotNull(view, "Score... shows the Scoring view");
        assertEquals("ascof-2023-24.framework", view.choices().get(0).getText());

        Person.choose(view.choices().get(2), "trend_data.csv");
        Workbenches.processEventsUntil(() -> view.periodCombo().getItemCount() > 1);
        Person.choose(view.periodCombo(), "2023-24");
        Person.click(view.scoreButton());
        Job job = view.lastJob();
        assertNotNull(job, view::statusText);
        job.join();
        Workbenches.processEventsUntil(view::isOutcomeShown);
        assertNotNull(view.result(), view::statusText);

        Person.select(view.leagueTable().getTable(), 1, "West Northamptonshire");
        Workbenches.processEvents();
        CTabItem tab = Arrays.stream(view.chartTabs().getItems())
            .filter(i -> i.getText().equals("Strengths and weaknesses")).findFirst()
            .orElseThrow(() -> new AssertionError("no Strengths and weaknesses tab"));
        view.chartTabs().setSelection(tab);
        Event click = new Event();
        click.item = tab;
        view.chartTabs().notifyListeners(SWT.Selection, click);
        Workbenches.processEvents();

        StrengthsChart chart = view.strengthsChart();
        assertTrue(chart.chart().isVisible(), "the strengths and weaknesses chart is on screen");
        assertTrue(chart.chart().getSize().x > 200 && chart.chart().getSize().y > 120,
            chart.chart().getSize().toString());

        // the scored councils are the league table's ones with a score; the ranks are computed from the raw rows
        Set<String> scored = view.result().councils().stream()
            .filter(c -> c.overall() != null && c.overall().score() != null).map(c -> c.council().getId())
            .collect(Collectors.toSet());
        assertTrue(scored.size() > 100 && scored.contains(COUNCIL), "scored: " + scored.size());
        assertEquals("West Northamptonshire: strengths and weaknesses", chart.chart().getTitle().getText());
        assertEquals("Rank among " + scored.size() + " councils (1 = best)",
            chart.chart().getAxisSet().getYAxis(0).getTitle().getText());
        List<Map.Entry<String, Integer>> expected = expectedRanks(scored);
        assertTrue(expected.size() >= 10, expected.toString());
        assertEquals(expected.stream().map(Map.Entry::getKey).toList(), chart.categories(), "best to worst");
        assertEquals(expected.stream().map(e -> (double) e.getValue()).toList(), chart.ranks());

        List<ISeries<?>> series = chart.series();
        assertEquals(List.of(StrengthsChart.BEST, StrengthsChart.OTHERS, StrengthsChart.WORST),
            series.stream().map(ISeries::getId).toList());
        int n = expected.size();
        assertEquals(List.of(0, 1, 2), nonZero(series.get(0)), "the best three");
        assertEquals(List.of(n - 3, n - 2, n - 1), nonZero(series.get(2)), "the worst three");
        assertEquals(IntStream.range(3, n - 3).boxed().toList(), nonZero(series.get(1)));
        RGB green = ((IBarSeries<?>) series.get(0)).getBarColor().getRGB();
        RGB red = ((IBarSeries<?>) series.get(2)).getBarColor().getRGB();
        RGB grey = ((IBarSeries<?>) series.get(1)).getBarColor().getRGB();
        assertTrue(green.green > green.red && green.green > green.blue, "best three green: " + green);
        assertTrue(red.red > red.green && red.red > red.blue, "worst three red: " + red);
        assertTrue(!grey.equals(green) && !grey.equals(red), "the others coloured apart");
        Workbenches.capture("scoring-strengths-chart.png");
        Person.toggleMaximised(view);
        try {
            Workbenches.processEventsUntil(() -> chart.chart().getSize().y > 200); // below the breakdown
            Workbenches.capture("scoring-strengths-chart-maximised.png");
        } finally {
            Person.toggleMaximised(view);
        }

        view.chartTabs().setSelection(0); // as it was, for the trend tests
    }

    private static List<Integer> nonZero(ISeries<?> series) {
        double[] y = series.getYSeries();
        return IntStream.range(0, y.length).filter(i -> y[i] != 0).boxed().toList();
    }

    /** (indicator id, rank) of the council, sorted by rank, ties in the framework's order. */
    private static List<Map.Entry<String, Integer>> expectedRanks(Set<String> scored) throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24.framework"));
        Map<String, Map<String, Double>> values = new HashMap<>(); // indicator -> council -> value
        try (BufferedReader in = Files.newBufferedReader(SharedData.file("ascof/trend_data.csv"),
                StandardCharsets.UTF_8)) {
            List<String> header = fields(in.readLine().replace("\uFEFF", ""));
            int year = header.indexOf("Year"), code = header.indexOf("ONS Code"),
                measure = header.indexOf("Measure Group"), value = header.indexOf("Measure_Value"),
                level = header.indexOf("Geographical Level");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> f = fields(line);
                if (f.size() <= level || !"2023-24".equals(f.get(year)) || !"Council".equals(f.get(level))
                    || !scored.contains(f.get(code))) {
                    continue;
                }
                try {
                    values.computeIfAbsent(f.get(measure), k -> new HashMap<>())
                        .put(f.get(code), Double.parseDouble(f.get(value).trim()));
                } catch (NumberFormatException notANumber) {
                    // suppressed or missing
                }
            }
        }
        List<Map.Entry<String, Integer>> ranks = new ArrayList<>();
        for (Indicator indicator : framework.getIndicators()) {
            Map<String, Double> byCouncil = values.get(indicator.getId());
            if (byCouncil == null || !byCouncil.containsKey(COUNCIL)
                || indicator.getPolarity() == Polarity.NO_JUDGEMENT) {
                continue;
            }
            double own = byCouncil.get(COUNCIL);
            boolean lower = indicator.getPolarity() == Polarity.LOWER_IS_BETTER;
            long better = byCouncil.values().stream().filter(v -> lower ? v < own : v > own).count();
            ranks.add(Map.entry(indicator.getId(), (int) better + 1));
        }
        ranks.sort(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue()));
        return ranks;
    }

    /** The fields of a CSV line (double quotes around fields with commas). */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
