package org.framewright.diagram.ui.commands;

import static org.framewright.diagram.ui.commands.Gestures.answering;
import static org.framewright.diagram.ui.commands.Gestures.labels;
import static org.framewright.diagram.ui.commands.Gestures.mainMenu;
import static org.framewright.diagram.ui.commands.Gestures.page;
import static org.framewright.diagram.ui.commands.Gestures.pick;
import static org.framewright.diagram.ui.commands.Gestures.processEvents;
import static org.framewright.diagram.ui.commands.Gestures.screenshot;
import static org.framewright.diagram.ui.commands.Gestures.show;
import static org.framewright.diagram.ui.commands.Gestures.waitFor;
import static org.framewright.diagram.ui.commands.ReachingDiagramsTest.assertDiagramShown;
import static org.framewright.diagram.ui.commands.ReachingDiagramsTest.explorer;
import static org.framewright.diagram.ui.commands.ReachingDiagramsTest.freshSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.framewright.compare.ui.FrameworkDiffView;
import org.framewright.diagram.ui.commands.ReachingDiagramsTest.Expected;
import org.framewright.testing.ui.DialogFiller;
import org.framewright.ui.explorer.ModelExplorerView;
import org.framewright.ui.results.ScoringView;
import org.framewright.ui.simulation.SimulationView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Framewright menu of the main menu bar, used as a person does with a framework selected in the explorer, the
 * explorer's Score... and Window > Show View's short list.
 */
class FramewrightMenuTest {

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        processEvents(300);
    }

    @Test
    void theFramewrightMenuHoldsEveryCommandAndEachWorksOnTheSelectedFramework() throws Exception {
        ModelExplorerView explorer = explorer();
        IFile csci = freshSample("csci-2006.framework");
        assertEquals(List.of("Validate", "Score...", "Simulate...", "Audit...", "Scorecard...", "Benchmark...",
            "Compare Frameworks...",
            "Import Council Data...", "Report...", "Open Diagram"), labels(show(mainMenu("Framewright"))));

        select(explorer, csci);
        pick(mainMenu("Framewright"), "Validate");
        assertTrue(page().isPartVisible(page().findView(IPageLayout.ID_PROBLEM_VIEW)), "Validate shows Problems");

        select(explorer, csci);
        pick(mainMenu("Framewright"), "Simulate...");
        SimulationView simulation = (SimulationView) page().findView(SimulationView.ID);
        assertTrue(page().isPartVisible(simulation), "Simulate... shows the Simulation view");
        assertTrue(simulation.canRun(), "with framework, scheme and data chosen: " + simulation.statusText());

        select(explorer, csci);
        pick(mainMenu("Framewright"), "Open Diagram");
        assertDiagramShown(csci, new Expected("Structure", null, OpenDiagramCommandHandler.structureTitle(csci)));

        IFile old = freshSample("ascof-2019-20.framework");
        IFile current = freshSample("ascof-2023-24.framework");
        select(explorer, old, current);
        pick(mainMenu("Framewright"), "Compare Frameworks...");
        assertTrue(page().isPartVisible(page().findView(FrameworkDiffView.ID)), "the comparison is shown");

        select(explorer, csci);
        assertEquals(List.of("Compare Frameworks"), answering(() -> pick(mainMenu("Framewright"),
            "Compare Frameworks..."), Shell::close), "with one file selected, Compare Frameworks asks for the two");
        assertEquals(List.of("Import Council Data"), answering(() -> pick(mainMenu("Framewright"),
            "Import Council Data..."), Shell::close), "the import wizard opens");

        select(explorer, csci);
        // Report... asks for scheme, data and period (preset to the sample's) before it writes
        DialogFiller report = DialogFiller.when("Write Report").press("Write Report", "framewright-menu-report.png");
        pick(mainMenu("Framewright"), "Report...");
        report.done();
        IFile written = csci.getProject().getFolder("reports").getFile("csci-2006-report.html");
        waitFor(written::exists, 60_000, () -> "Report... writes " + written.getFullPath());
        waitFor(() -> written.equals(explorer.viewer().getStructuredSelection().getFirstElement()), 10_000,
            () -> "the report is shown in the explorer");
        screenshot("framewright-menu.png");
    }

    @Test
    void scoreFromTheExplorerPresetsAndRunsTheScoringView() throws Exception {
        ModelExplorerView explorer = explorer();
        IFile csci = freshSample("csci-2006.framework");
        select(explorer, csci);
        pick(explorer.viewer().getTree().getMenu(), "Score...");
        ScoringView scoring = (ScoringView) page().findView(ScoringView.ID);
        assertTrue(page().isPartVisible(scoring), "Score... shows the Scoring view");
        waitFor(scoring::isOutcomeShown, 30_000, () -> "the scoring did not finish: " + scoring.statusText());
        assertTrue(scoring.statusText().contains("councils scored"), scoring.statusText());
        assertTrue(scoring.leagueTable().getTable().getItemCount() > 0, "the league table lists the councils");
        screenshot("explorer-score.png");
    }

    @Test
    void showViewsShortListHasEveryFramewrightView() throws Exception {
        explorer();
        List<String> shortcuts = Arrays.asList(page().getShowViewShortcuts());
        for (String view : List.of(ModelExplorerView.ID, ScoringView.ID, SimulationView.ID, FrameworkDiffView.ID)) {
            assertTrue(shortcuts.contains(view), view + " is in Window > Show View: " + shortcuts);
        }
        List<String> labels = labels(show(Gestures.item(mainMenu("Window"), "Show View").getMenu()));
        for (String name : List.of("Model Explorer", "Scoring", "Simulation", "Framework Comparison", "Outline")) {
            assertTrue(labels.contains(name), name + " in Window > Show View: " + labels);
        }
    }

    private static void select(ModelExplorerView explorer, Object... elements) {
        page().activate(explorer);
        explorer.viewer().setSelection(new StructuredSelection(elements), true);
        processEvents(100);
    }
}
