package org.framewright.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
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
