package org.framewright.ui.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.simulation.CouncilUncertainty;
import org.framewright.simulation.MonteCarloResult;
import org.framewright.simulation.SimulationMonitor;
import org.framewright.simulation.UncertainScheme;
import org.framewright.simulation.Uncertainty;
import org.framewright.simulation.WeightPerturbation;
import org.framewright.simulation.SimulationTables;
import org.framewright.testing.SharedData;
import org.framewright.ui.charts.Charts;
import org.framewright.ui.charts.RankChart;
import org.framewright.testing.ui.Gestures;
import org.framewright.testing.ui.Person;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulationViewTest {

    @AfterEach
    void closeEditors() {
        IWorkbenchPage page = Workbenches.page();
        if (page.getPartState(page.findViewReference(SimulationView.ID)) == IWorkbenchPage.STATE_MAXIMIZED) {
            page.toggleZoom(page.findViewReference(SimulationView.ID));
        }
        Workbenches.closeAllEditors();
    }

    @Test
    void simulatesTheCsciSampleAndShowsTheApiResultInTheTableAndCharts() throws Exception {
        IFile model = Workbenches.freshSample("csci-2006.framework");
        IFile data = Workbenches.sampleData("csci-2006-councils.csv");
        SimulationView view = (SimulationView) Workbenches.page().showView(SimulationView.ID);
        view.refreshChoices();

        Job job = view.simulate(model, "star-rating", data, null, 200, 7, 0);
        assertNotNull(job, view::statusText);
        job.join();
        Workbenches.processEventsUntil(() -> view.outcome() != null);
        MonteCarloResult shown = view.outcome().result();
        assertNotNull(shown, view::statusText);

        Framework framework = FrameworkFiles.loadFramework(Samples.framework("csci-2006.framework"));
        ScoringScheme scheme = framework.getSchemes().stream().filter(s -> s.getId().equals("star-rating"))
            .findFirst().orElseThrow();
        DataImport imported = CouncilDataReader.read(Samples.data("csci-2006-councils.csv"), ImportOptions.none());
        MonteCarloResult expected = UncertainScheme.prepare(framework, scheme, imported.dataSet(), null,
            Uncertainty.weights(WeightPerturbation.UNIFORM_FACTOR, 0.2)).monteCarlo(200, 7, 1, SimulationMonitor.NONE);
        assertEquals(expected.councils(), shown.councils(), "the view runs exactly the API's simulation");
        assertTrue(!expected.levels().isEmpty(), "CSCI has a star rating scale");

        List<List<Object>> rows = SimulationTables.rows(expected);
        TableItem[] items = view.statistics().viewer().getTable().getItems();
        assertEquals(rows.size(), items.length);
        List<String> header = SimulationTables.header(expected);
        assertEquals(7 + expected.levels().size(), header.size());
        for (int r = 0; r < rows.size(); r++) {
            assertEquals(expected.councils().get(r).councilName(), items[r].getText(1), "the council's name");
            for (int c = 0; c < header.size(); c++) {
                // the view shows council_name after the council code, then the CLI's columns
                assertEquals(RowsTable.text(rows.get(r).get(c)), items[r].getText(c == 0 ? 0 : c + 1),
                    header.get(c) + " of row " + r);
            }
        }

        Chart ratings = view.charts().get(0);
        List<String> councils = Arrays.asList(ratings.getAxisSet().getXAxis(0).getCategorySeries());
        assertEquals(expected.councils().size(), councils.size());
        ISeries<?>[] levels = ratings.getSeriesSet().getSeries();
        assertEquals(expected.levels().size(), levels.length, "one series per rating level");
        for (int l = 0; l < levels.length; l++) {
            assertEquals(expected.levels().get(l), levels[l].getId());
            for (CouncilUncertainty council : expected.councils()) {
                assertEquals(council.pLevels().get(l), levels[l].getYSeries()[councils.indexOf(council.councilName())],
                    council.councilName() + " " + levels[l].getId());
            }
        }
        Chart ranks = view.charts().get(1);
        List<String> ranked = Arrays.asList(ranks.getAxisSet().getXAxis(0).getCategorySeries());
        double[] medians = ranks.getSeriesSet().getSeries(RankChart.MEDIAN).getYSeries();
        for (CouncilUncertainty council : expected.councils()) {
            assertEquals(council.medianRank(), (int) medians[ranked.indexOf(council.councilName())]);
        }

        Path folder = Workbenches.targetFolder().resolve("screenshots");
        Files.createDirectories(folder);
        Charts.savePng(ratings, folder.resolve("simulation-ratings-csci.png"));
        assertTrue(Files.size(folder.resolve("simulation-ratings-csci.png")) > 5_000);

        Path csv = Workbenches.targetFolder().resolve("simulation-csci.csv");
        view.statistics().exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        List<String> shownHeader = new java.util.ArrayList<>(header);
        shownHeader.add(1, "council_name");
        assertEquals(String.join(",", shownHeader), lines.get(0));
        assertEquals(rows.size() + 1, lines.size());
    }

    @Test
    void cancellingALongRunLeavesTheViewUsable() throws Exception {
        IFile model = Workbenches.freshSample("csci-2006.framework");
        IFile data = Workbenches.sampleData("csci-2006-councils.csv");
        SimulationView view = (SimulationView) Workbenches.page().showView(SimulationView.ID);
        view.refreshChoices();

        Job job = view.simulate(model, "star-rating", data, null, 1_000_000, 1, 0);
        Workbenches.processEventsUntil(() -> job.getState() == Job.RUNNING);
        assertTrue(!view.canRun(), "Run is disabled while a simulation runs");
        view.cancel();
        job.join();
        Workbenches.processEventsUntil(() -> view.outcome() != null);
        assertTrue(view.outcome().cancelled(), view::statusText);
        assertTrue(view.canRun(), "Run is enabled again after cancelling");

        Job again = view.simulate(model, "star-rating", data, null, 50, 1, 0);
        again.join();
        Workbenches.processEventsUntil(() -> view.outcome() != null);
        assertNotNull(view.outcome().result(), view::statusText);
        assertEquals(50, view.outcome().result().samples());
    }

    /** The checkbox as drawn on screen, pixel by pixel. */
    private static ImageData drawn(Control control) {
        Point size = control.getSize();
        Image image = new Image(control.getDisplay(), size.x, size.y);
        GC gc = new GC(image);
        try {
            control.print(gc);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** The drawing once GTK has finished its check animation (a few hundred milliseconds). */
    private static ImageData drawnWhenSettled(Control control) throws InterruptedException {
        long until = System.currentTimeMillis() + 700;
        Workbenches.processEventsUntil(() -> System.currentTimeMillis() > until);
        return drawn(control);
    }

    /** How many pixels of two drawings differ clearly (a tick changes far more than a focus border). */
    private static int differingPixels(ImageData a, ImageData b) {
        int differing = 0;
        for (int x = 0; x < Math.min(a.width, b.width); x++) {
            for (int y = 0; y < Math.min(a.height, b.height); y++) {
                RGB p = a.palette.getRGB(a.getPixel(x, y));
                RGB q = b.palette.getRGB(b.getPixel(x, y));
                differing += Math.abs(p.red - q.red) + Math.abs(p.green - q.green) + Math.abs(p.blue - q.blue) > 90
                    ? 1 : 0;
            }
        }
        return differing;
    }

    @Test
    void aPersonRunsSensitivityOnTheLatestPeriodAndReadsWhatIsPerturbed() throws Exception {
        Workbenches.freshSample("ascof-2023-24.framework");
        Workbenches.linkedData(SharedData.file("ascof/trend_data.csv"));
        SimulationView view = (SimulationView) Workbenches.page().showView(SimulationView.ID);
        view.refreshChoices();
        Person.choose(view.choices().get(0), "ascof-2023-24.framework");
        Person.choose(view.choices().get(2), "trend_data.csv");
        Workbenches.processEventsUntil(() -> view.periodCombo().getItemCount() > 0);
        List<String> periods = Arrays.asList(view.periodCombo().getItems());
        assertTrue(periods.size() > 1 && periods.contains("2022-23"), periods::toString);
        assertEquals("2023-24", view.periodCombo().getText(), "the latest period is preselected");

        assertFalse(view.baseSamplesEnabled(), "base samples only matter with Sensitivity");
        Person.click(view.sensitivityCheckbox());
        assertTrue(view.sensitivityCheckbox().getSelection(), "the checkbox reacts to the click");
        // the tick is visible: the ticked box is drawn unlike the empty one (the theme's background used to turn
        // GTK's ticked look into a white tick on white, so a click seemed to do nothing)
        Button box = view.sensitivityCheckbox();
        ImageData ticked = drawnWhenSettled(box);
        Person.click(box);
        ImageData empty = drawnWhenSettled(box);
        Person.click(box);
        assertTrue(box.getSelection());
        assertTrue(differingPixels(ticked, empty) > 80, "the tick shows: " + differingPixels(ticked, empty));
        assertTrue(view.baseSamplesEnabled());
        view.typeDrawsAndBaseSamples(200, 32);
        Person.click(view.runButton());
        Job job = view.lastJob();
        assertNotNull(job, view::statusText);
        job.join();
        Workbenches.processEventsUntil(() -> view.outcome() != null);
        assertNotNull(view.outcome().sensitivity(), view::statusText);
        assertTrue(view.perturbedText().contains("; 6 area weights of agg-overall (1, 2, 3, 4, 5, 6), +-20 %"),
            view::perturbedText);
        assertTrue(view.perturbedText().startsWith("Perturbed: "), view::perturbedText);

        for (Chart chart : view.charts()) {
            for (IAxis axis : chart.getAxisSet().getAxes()) {
                if (axis.getPosition() == IAxis.Position.Secondary) {
                    continue; // the copy of the value axis on top of a scrolling chart, its title a spacer
                }
                String title = axis.getTitle().getText();
                assertFalse(title.isBlank() || title.equals("X Axis") || title.equals("Y Axis"),
                    chart.getTitle().getText() + " has an axis titled '" + title + "'");
            }
        }
        assertEquals("Council", view.charts().get(1).getAxisSet().getXAxis(0).getTitle().getText());
        for (Chart chart : List.of(view.charts().get(0), view.charts().get(1))) {
            IAxis[] values = chart.getAxisSet().getYAxes();
            assertEquals(2, values.length, "a scrolling chart shows its value axis at the bottom and on top");
            assertEquals(values[0].getRange().upper, values[1].getRange().upper, 1e-9);
            assertTrue(values[0].getTick().isVisible() && values[1].getTick().isVisible(), "value ticks have numbers");
        }
        assertEquals("council_name", view.statistics().viewer().getTable().getColumn(1).getText());
        assertEquals("Hartlepool", Arrays.stream(view.statistics().viewer().getTable().getItems())
            .filter(i -> i.getText(0).equals("E06000001")).findFirst().orElseThrow().getText(1));

        Person.toggleMaximised(view);
        view.selectTab(1);
        Workbenches.capture("simulation-ascof-ranks.png");
        view.selectTab(2);
        Workbenches.capture("simulation-ascof-sensitivity.png");
        view.selectTab(0);
    }

    @Test
    void aPersonShiftsTheBandThresholdsAndReadsThemAmongWhatIsPerturbed() throws Exception {
        Workbenches.freshSample("cqc-la-2023.framework");
        Workbenches.sampleData("cqc-la-2023-councils.csv");
        SimulationView view = (SimulationView) Workbenches.page().showView(SimulationView.ID);
        view.refreshChoices();
        Person.choose(view.choices().get(0), "cqc-la-2023.framework");
        Person.choose(view.choices().get(2), "cqc-la-2023-councils.csv");
        Text thresholds = fieldAfter(view.runButton().getShell(), "Thresholds +-:");
        assertEquals("", thresholds.getText(), "thresholds are not perturbed until a person asks");
        type(thresholds, "3");
        view.typeDrawsAndBaseSamples(300, 32);
        Person.click(view.runButton());
        Job job = view.lastJob();
        assertNotNull(job, view::statusText);
        job.join();
        Workbenches.processEventsUntil(() -> view.outcome() != null);
        assertNotNull(view.outcome().result(), view::statusText);
        assertEquals("Perturbed: 3 band boundaries of statement-bands +-3 points; 3 band boundaries of rating-bands "
            + "+-3 points", view.perturbedText());
        assertTrue(view.outcome().result().councils().stream().anyMatch(c -> c.pFlip() > 0),
            "shifted thresholds move some council's rating");
        Workbenches.capture("simulation-cqc-thresholds.png");

        type(thresholds, "-1");
        Person.click(view.runButton());
        assertTrue(view.statusText().startsWith("Thresholds +-: give a number of points of at least 0"),
            view::statusText);
        type(thresholds, "");
    }

    /** The text field that follows the label {@code label} in its row. */
    private static Text fieldAfter(Control root, String label) {
        Label found = Gestures.find(root, Label.class, l -> label.equals(l.getText()));
        Control[] row = found.getParent().getChildren();
        return (Text) row[Arrays.asList(row).indexOf(found) + 1];
    }

    /** Replaces the field's text as a person does: focus, select all, type. */
    private static void type(Text field, String text) {
        field.setFocus();
        field.selectAll();
        field.insert(text);
        Workbenches.processEvents();
    }

    @Test
    void simulatesAscofWithSensitivityAndSavesScreenshotsOfTheCharts() throws Exception {
        IFile model = Workbenches.freshSample("ascof-2023-24.framework");
        IFile data = Workbenches.linkedData(SharedData.file("ascof/trend_data.csv"));
        SimulationView view = (SimulationView) Workbenches.page().showView(SimulationView.ID);
        view.refreshChoices();

        Job job = view.simulate(model, "composite-minmax", data, "2023-24", 500, 11, 64);
        job.join();
        Workbenches.processEventsUntil(() -> view.outcome() != null);
        assertNotNull(view.outcome().sensitivity(), view::statusText);
        Chart sensitivity = view.charts().get(2);
        assertEquals(view.outcome().sensitivity().indices().size(),
            sensitivity.getAxisSet().getXAxis(0).getCategorySeries().length);
        assertEquals(view.outcome().sensitivity().indices().get(0).total(),
            sensitivity.getSeriesSet().getSeries("total T").getYSeries()[0], 1e-12);

        IWorkbenchPage page = Workbenches.page();
        page.toggleZoom(page.findViewReference(SimulationView.ID));
        Path folder = Workbenches.targetFolder().resolve("screenshots");
        Files.createDirectories(folder);
        String[] names = {"simulation-flips.png", "simulation-ranks.png", "simulation-sensitivity.png"};
        for (int tab = 0; tab < 3; tab++) {
            view.selectTab(tab);
            Workbenches.processEvents();
            Path png = folder.resolve(names[tab]);
            Charts.savePng(view.charts().get(tab), png);
            assertTrue(Files.size(png) > 5_000, png.toString());
        }
        view.selectTab(1);
        Path workbench = Workbenches.capture("workbench-simulation.png");
        assertTrue(Files.size(workbench) > 10_000);
    }
}
