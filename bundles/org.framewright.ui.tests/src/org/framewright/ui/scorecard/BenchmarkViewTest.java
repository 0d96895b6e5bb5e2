package org.framewright.ui.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.ISeries;
import org.framewright.testing.SharedData;
import org.framewright.ui.charts.GroupDotChart;
import org.framewright.ui.explorer.ModelExplorerView;
import org.framewright.testing.ui.Controls;
import org.framewright.testing.ui.Menus;
import org.framewright.testing.ui.Person;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An analyst benchmarks West Northamptonshire against its 15 nearest neighbours (Oflog's NN.json) on the published
 * 2023-24 ASCOF results: Framewright > Benchmark... on the framework, then data, groups, council and period chosen in
 * the view. The expected numbers are those {@code BenchmarkCommandTest} (cli.tests) recomputes from the raw rows.
 */
class BenchmarkViewTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void aCouncilAgainstItsNearestNeighbours() throws Exception {
        IFile framework = Workbenches.freshSample("ascof-2023-24.framework");
        Workbenches.linkedData(SharedData.file("ascof/trend_data.csv"));
        Workbenches.linkedData(SharedData.file("oflog/NN.json"));
        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        explorer.viewer().setSelection(new StructuredSelection(framework), true);
        Workbenches.processEvents();
        Menus.select("Framewright", "Benchmark...");
        Workbenches.processEvents();

        BenchmarkView view = (BenchmarkView) Workbenches.page().findView(BenchmarkView.ID);
        Control parent = view.table().getParent().getParent();
        Person.choose(combo(parent, "trend_data.csv"), "trend_data.csv");
        Person.choose(combo(parent, "NN.json"), "NN.json");
        Person.choose(view.council(), "West Northamptonshire (E06000062)");
        Person.choose(view.period(), "2023-24");
        Workbenches.processEvents();

        assertTrue(view.status().startsWith("West Northamptonshire against nearest neighbours of E06000062 (16 councils)"
            + " in 2023-24"), view.status());
        TableItem qualityOfLife = Person.select(view.table(), 0, "1A");
        assertEquals(List.of("1A", "19.5", "16", "19.25", "19.1", "19.4", "2", "1.666667"), texts(qualityOfLife));
        // 2C (admissions to care homes, lower is better): the lowest of the group ranks first
        assertEquals("1", Person.select(view.table(), 0, "2C").getText(6));

        ISeries<?> council = view.chart().chart().getSeriesSet().getSeries(GroupDotChart.COUNCIL);
        assertEquals(1.666667, council.getYSeries()[0], 1e-6, "the council's dot is its robust z");
        long members = Arrays.stream(view.chart().chart().getSeriesSet().getSeries())
            .filter(s -> s.getId().startsWith("member ")).count();
        assertEquals(15, members, "the other 15 councils of the group");
        // a member without a value for an indicator has no dot there (SWTChart would draw a NaN at the plot's edge)
        for (ISeries<?> series : view.chart().chart().getSeriesSet().getSeries()) {
            assertEquals(series.getXSeries().length, series.getYSeries().length, series.getId());
            assertTrue(Arrays.stream(series.getYSeries()).noneMatch(Double::isNaN), series.getId());
            assertTrue(Arrays.stream(series.getXSeries()).allMatch(x -> x == Math.rint(x) && x >= 0), series.getId());
        }
        assertEquals(0, council.getXSeries()[0], "1A is the first indicator");
        Workbenches.capture("benchmark-view.png");
    }

    private static Combo combo(Control parent, String item) {
        return Controls.find(parent, Combo.class, c -> Arrays.asList(c.getItems()).contains(item));
    }

    private static List<String> texts(TableItem item) {
        return java.util.stream.IntStream.range(0, item.getParent().getColumnCount()).mapToObj(item::getText).toList();
    }
}
