package org.framewright.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.ISeries;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.series.FrameworkChain;
import org.framewright.scoring.series.TrendRow;
import org.framewright.scoring.series.Trends;
import org.framewright.testing.SharedData;
import org.framewright.testing.ui.Menus;
import org.framewright.testing.ui.Person;
import org.framewright.testing.ui.Workbenches;
import org.framewright.ui.charts.TrendChart;
import org.framewright.ui.explorer.ModelExplorerView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An analyst scores the published ASCOF results (2017-18 .. 2023-24, read in place from shared/data) under ASCOF
 * 2019-20 from Framewright > Score..., selects West Northamptonshire in the league table and reads its rank in every
 * year below the breakdown, the 2023 change of framework breaking the line. The expected ranks are scored here
 * period by period with the engine, as {@code score --period P} does.
 */
class ScoringTrendChartTest {

    private static final List<String> YEARS = List.of("2017-18", "2018-19", "2019-20", "2020-21", "2021-22", "2022-23",
        "2023-24");

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void theSelectedCouncilsRankPerYearWithTheChangeOfFrameworkMarked() throws Exception {
        IFile model = Workbenches.freshSample("ascof-2019-20.framework");
        Workbenches.linkedData(SharedData.file("ascof/trend_data.csv"));
        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        explorer.viewer().setSelection(new StructuredSelection(model), true);
        Workbenches.processEvents();
        Menus.select("Framewright", "Score...");
        Workbenches.processEvents();
        ScoringView view = (ScoringView) Workbenches.page().findView(ScoringView.ID);
        assertNotNull(view, "Score... shows the Scoring view");

        Person.choose(view.choices().get(2), "trend_data.csv");
        Workbenches.processEventsUntil(() -> view.periodCombo().getItemCount() == YEARS.size());
        assertEquals(YEARS, List.of(view.periodCombo().getItems()));
        Person.choose(view.periodCombo(), "2022-23");
        Person.click(view.scoreButton());
        Job job = view.lastJob();
        assertNotNull(job, view::statusText);
        job.join();
        Workbenches.processEventsUntil(view::isOutcomeShown);
        assertNotNull(view.result(), view::statusText);

        TableItem row = Person.select(view.leagueTable().getTable(), 1, "West Northamptonshire");
        Workbenches.processEventsUntil(view::isTrendShown);
        Workbenches.processEvents();

        TrendChart chart = view.trendChart();
        assertTrue(chart.chart().isVisible(), "the trend chart is on screen");
        // in the workbench's bottom row the chart stands beside the breakdown, tall enough to read
        assertTrue(chart.chart().getSize().x > 200 && chart.chart().getSize().y > 120, chart.chart().getSize().toString());
        assertEquals("West Northamptonshire: rank (break before 2023-24)",
            chart.chart().getTitle().getText());
        assertEquals(List.of("2017-18", "2018-19", "2019-20", "2020-21", "2021-22", "2022-23", "\u2016 2023-24"),
            chart.categories());
        List<ISeries<?>> series = chart.series();
        assertEquals(List.of(TrendChart.RANK, "rank from 2023-24 (after the break)"),
            series.stream().map(ISeries::getId).toList());

        // each series: (period index, rank) of the periods with a rank; formed in April 2021, West Northamptonshire
        // has none before 2021-22; the line is broken at the change of framework
        double[] expected = expectedRanks("E06000062");
        assertTrue(Double.isNaN(expected[0]) && Double.isNaN(expected[3]) && !Double.isNaN(expected[6]));
        assertEquals(List.of(4.0, 5.0), points(series.get(0).getXSeries()));
        assertEquals(List.of(expected[4], expected[5]), points(series.get(0).getYSeries()));
        assertEquals(List.of(6.0), points(series.get(1).getXSeries()));
        assertEquals(List.of(expected[6]), points(series.get(1).getYSeries()));
        assertEquals(Double.parseDouble(row.getText(0)), expected[5], 0, "the chart's 2022-23 point is the table's rank");
        Workbenches.capture("scoring-trend-chart.png");
        Person.toggleMaximised(view);
        Workbenches.processEventsUntil(() -> chart.chart().getSize().y > 200); // below the breakdown in a tall view
        Workbenches.capture("scoring-trend-chart-maximised.png");
        Person.toggleMaximised(view);
    }

    /**
     * ASCOF 2023-24 is based on ASCOF 2019-20 (the sample's {@code basedOn}): the chart scores 2017-18 .. 2022-23,
     * whose data hold the 2019-20 measures, with ASCOF 2019-20, and 2023-24 with ASCOF 2023-24, the break marked
     * between; its ranks are those of {@code framewright trend} with {@code --earlier ascof-2019-20.framework},
     * computed here through {@link Trends} with the chain given explicitly. Then the data file changes on disk (a
     * workspace copy loses West Northamptonshire's 2021-22 rows) and the chart shows the file as it now is.
     */
    @Test
    void aFrameworkBasedOnAnEarlierOneScoresTheEarlierYearsWithIt() throws Exception {
        ScoringView open = (ScoringView) Workbenches.page().findView(ScoringView.ID);
        if (open != null) {
            Workbenches.page().hideView(open); // a fresh view: no data file chosen before
        }
        Workbenches.freshSample("ascof-2019-20.framework");
        IFile model = Workbenches.freshSample("ascof-2023-24.framework");
        IFile data = model.getProject().getFolder("data").getFile("ascof-all-years.csv");
        byte[] original = Files.readAllBytes(SharedData.file("ascof/trend_data.csv"));
        if (!data.getParent().exists()) {
            ((org.eclipse.core.resources.IFolder) data.getParent()).create(true, true, null);
        }
        if (data.exists()) {
            data.setContents(new ByteArrayInputStream(original), IResource.FORCE, null);
        } else {
            data.create(new ByteArrayInputStream(original), IResource.FORCE, null);
        }
        try {
            scoreAndFollow(model, data, original);
        } finally {
            data.delete(true, null);
        }
    }

    private void scoreAndFollow(IFile model, IFile data, byte[] original) throws Exception {
        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        explorer.viewer().setSelection(new StructuredSelection(model), true);
        Workbenches.processEvents();
        Menus.select("Framewright", "Score...");
        Workbenches.processEvents();
        ScoringView view = (ScoringView) Workbenches.page().findView(ScoringView.ID);
        assertEquals("ascof-2023-24.framework", view.choices().get(0).getText());

        Person.choose(view.choices().get(2), "ascof-all-years.csv");
        Workbenches.processEventsUntil(() -> view.periodCombo().getItemCount() == YEARS.size());
        assertEquals("2023-24", view.periodCombo().getText(), "the latest period is chosen");
        Person.click(view.scoreButton());
        Job job = view.lastJob();
        assertNotNull(job, view::statusText);
        job.join();
        Workbenches.processEventsUntil(view::isOutcomeShown);
        assertNotNull(view.result(), view::statusText);
        TableItem row = Person.select(view.leagueTable().getTable(), 1, "West Northamptonshire");
        Workbenches.processEventsUntil(view::isTrendShown);
        Workbenches.processEvents();

        TrendChart chart = view.trendChart();
        assertEquals("West Northamptonshire: rank (break before 2023-24)", chart.chart().getTitle().getText());
        assertEquals(List.of("2017-18", "2018-19", "2019-20", "2020-21", "2021-22", "2022-23", "\u2016 2023-24"),
            chart.categories(), "every period of the data file is scored");
        List<ISeries<?>> series = chart.series();
        assertEquals(List.of(TrendChart.RANK, "rank from 2023-24 (after the break)"),
            series.stream().map(ISeries::getId).toList());
        Map<String, Integer> expected = trendRanks(data, "E06000062");
        assertEquals(Set.of("2021-22", "2022-23", "2023-24"), expected.keySet(), "formed in April 2021");
        assertEquals(List.of(4.0, 5.0), points(series.get(0).getXSeries()));
        assertEquals(List.of((double) expected.get("2021-22"), (double) expected.get("2022-23")),
            points(series.get(0).getYSeries()), "2021-22 and 2022-23 ranked under ASCOF 2019-20");
        assertEquals(List.of(6.0), points(series.get(1).getXSeries()));
        assertEquals(List.of((double) expected.get("2023-24")), points(series.get(1).getYSeries()));
        assertEquals(Double.parseDouble(row.getText(0)), expected.get("2023-24"), 0,
            "the chart's 2023-24 point is the league table's rank");
        // scored with ASCOF 2023-24 alone, 2021-22 would rank otherwise: the earlier framework made the difference
        assertNotEquals(expected.get("2021-22"), singleFrameworkRank(data, "E06000062", "2021-22"));

        // the file changes on disk: West Northamptonshire's 2021-22 rows go
        String without = new String(original, StandardCharsets.UTF_8).lines()
            .filter(line -> !(line.startsWith("2021-22,") && line.contains(",E06000062,")))
            .collect(Collectors.joining("\n", "", "\n"));
        data.setContents(new ByteArrayInputStream(without.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        Workbenches.processEventsUntil(() -> view.isTrendShown() && chart.series().size() == 2
            && chart.series().get(0).getXSeries().length == 1);
        Map<String, Integer> changed = trendRanks(data, "E06000062");
        assertEquals(Set.of("2022-23", "2023-24"), changed.keySet());
        assertEquals(List.of(5.0), points(chart.series().get(0).getXSeries()), "no 2021-22 point any more");
        assertEquals(List.of((double) changed.get("2022-23")), points(chart.series().get(0).getYSeries()));
        assertEquals(List.of((double) changed.get("2023-24")), points(chart.series().get(1).getYSeries()));
        Workbenches.capture("scoring-trend-chart-ascof-2023-24.png");
    }

    /** The council's rank per period, as {@code trend ascof-2023-24 --earlier ascof-2019-20} gives it. */
    private static Map<String, Integer> trendRanks(IFile data, String council) throws Exception {
        Framework current = FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24.framework"));
        Framework earlier = FrameworkFiles.loadFramework(Samples.framework("ascof-2019-20.framework"));
        DataImport imported = CouncilDataReader.read(data.getLocation().toFile().toPath(), ImportOptions.none());
        Map<String, Integer> ranks = new HashMap<>();
        for (TrendRow row : Trends.build(new FrameworkChain(current, List.of(earlier)), current.getSchemes().get(0),
                imported.dataSet())) {
            if (row.council().equals(council) && row.rank() != null) {
                ranks.put(row.period(), row.rank());
            }
        }
        return ranks;
    }

    private static Integer singleFrameworkRank(IFile data, String council, String period) throws Exception {
        Framework current = FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24.framework"));
        DataImport imported = CouncilDataReader.read(data.getLocation().toFile().toPath(), ImportOptions.none());
        CouncilResult result = ScoringEngine.score(current, current.getSchemes().get(0), imported.dataSet(), period)
            .council(council);
        return result == null ? null : result.rank();
    }

    private static List<Double> points(double[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    /** The council's rank in each year, scored here year by year (NaN when it has no row or rank that year). */
    private static double[] expectedRanks(String council) throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework("ascof-2019-20.framework"));
        DataImport data = CouncilDataReader.read(SharedData.file("ascof/trend_data.csv"), ImportOptions.none());
        List<Double> ranks = new ArrayList<>();
        for (String year : YEARS) {
            boolean present = data.dataSet().getObservations().stream()
                .anyMatch(o -> year.equals(o.getPeriod()) && council.equals(o.getCouncil().getId()));
            CouncilResult result = ScoringEngine.score(framework, framework.getSchemes().get(0), data.dataSet(), year)
                .council(council);
            ranks.add(!present || result == null || result.rank() == null ? Double.NaN : result.rank());
        }
        return ranks.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
