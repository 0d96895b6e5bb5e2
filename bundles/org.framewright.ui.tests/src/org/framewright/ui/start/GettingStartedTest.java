package org.framewright.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.framewright.compare.ui.FrameworkDiffView;
import org.framewright.diagram.ui.editor.DiagramEditor;
import org.framewright.testing.SharedData;
import org.framewright.ui.application.SamplesProject;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.help.UserGuideEditor;
import org.framewright.ui.results.ScoringView;
import org.framewright.ui.simulation.SimulationView;
import org.framewright.testing.ui.Controls;
import org.framewright.testing.ui.Menus;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Getting Started page as a new user meets it: opened from the Help menu, its links clicked. */
class GettingStartedTest {

    private static final List<String> LINKS = List.of(
        "Open the ASCOF 2023-24 framework",
        "Draw its structure diagram",
        "Score every council on the published 2023-24 ASCOF results",
        "Simulate how the ranks move when the weights vary",
        "Compare ASCOF 2019-20 with ADASS Option One",
        "Read the user guide");

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void wasShownOnFirstStartAndHelpGettingStartedOpensItAgain() throws Exception {
        assertTrue(InstanceScope.INSTANCE.getNode("org.framewright.ui").getBoolean(FirstStart.SHOWN_KEY, false),
            "the workbench opened the page when it first started on this workspace");
        Workbenches.closeAllEditors();

        GettingStartedEditor page = openFromHelpMenu();

        assertEquals("Getting Started", page.getTitle());
        assertTrue(page.form().getText().startsWith("Framewright: design, score and compare"), page.form().getText());
        List<String> links = Controls.all(page.form(), Hyperlink.class).stream().map(Hyperlink::getText).toList();
        assertEquals(LINKS, links);
        Path png = Workbenches.capture("getting-started.png");
        assertTrue(Files.size(png) > 10_000);

        Menus.clickLink(page.form(), "Read the user guide");
        assertEquals(UserGuideEditor.TITLE, Workbenches.page().getActiveEditor().getTitle());
    }

    @Test
    void linksOpenAscofInTheFrameworkEditorAndItsStructureDiagram() throws Exception {
        GettingStartedEditor page = openFromHelpMenu();
        Menus.clickLink(page.form(), "Open the ASCOF 2023-24 framework");
        IEditorPart framework = Workbenches.page().getActiveEditor();
        assertInstanceOf(FrameworkEditor.class, framework);
        assertEquals(StartActions.ASCOF, framework.getTitle());

        page = openFromHelpMenu();
        Menus.clickLink(page.form(), "Draw its structure diagram");
        IEditorPart diagram = Workbenches.page().getActiveEditor();
        assertEquals("org.framewright.diagram.ui.editor", diagram.getSite().getId());
        assertTrue(diagram.getTitle().contains("ascof-2023-24"), diagram.getTitle());
        Browser browser = ((DiagramEditor) diagram).browser();
        Workbenches.processEventsUntil(() -> browser.evaluate(
            "return typeof fwNodeCount === 'function' ? fwNodeCount() : 0;") instanceof Number n && n.intValue() > 6);
        Workbenches.capture("getting-started-diagram.png");
    }

    @Test
    void scoreLinkImportsThePublishedResultsAndScoresEveryCouncil() throws Exception {
        IFile imported = SamplesProject.ensure(new NullProgressMonitor()).getFolder("data")
            .getFile(AscofOpenData.WORKSPACE_NAME);
        if (imported.exists()) {
            imported.delete(true, null);
        }
        GettingStartedEditor page = openFromHelpMenu();
        Menus.clickLink(page.form(), "Score every council on the published 2023-24 ASCOF results");

        assertTrue(imported.exists(), "the published data was imported into the Samples project's data folder");
        assertEquals(Files.size(SharedData.file(AscofOpenData.RELATIVE_PATH)),
            Files.size(imported.getLocation().toFile().toPath()));
        // and the comparator groups beside it, for the Benchmark view: nearest neighbours and regions
        for (java.util.Map.Entry<String, String> group : AscofOpenData.GROUP_FILES.entrySet()) {
            IFile copy = imported.getParent().getFile(new org.eclipse.core.runtime.Path(group.getValue()));
            assertTrue(copy.exists(), group.getValue());
            assertEquals(Files.size(SharedData.file(group.getKey())), Files.size(copy.getLocation().toFile().toPath()));
        }
        ScoringView view = (ScoringView) Workbenches.page().findView(ScoringView.ID);
        assertNotNull(view, "the Scoring view is open");
        Workbenches.processEventsUntil(view::isOutcomeShown);
        assertNotNull(view.result(), view::statusText);
        assertEquals(153, view.result().councils().size(), "every council with published 2023-24 results");
        assertEquals(153, view.leagueTable().getTable().getItemCount());
        Workbenches.capture("getting-started-score.png");
    }

    @Test
    void simulateLinkSimulatesEveryCouncilOnThePublishedResults() throws Exception {
        GettingStartedEditor page = openFromHelpMenu();
        Menus.clickLink(page.form(), "Simulate how the ranks move when the weights vary");

        SimulationView view = (SimulationView) Workbenches.page().findView(SimulationView.ID);
        assertNotNull(view, "the Simulation view is open");
        Workbenches.processEventsUntil(() -> view.outcome() != null);
        assertNull(view.outcome().error(), view::statusText);
        assertFalse(view.outcome().cancelled());
        assertEquals(153, view.statistics().viewer().getTable().getItemCount(), "a row per council");
        Workbenches.capture("getting-started-simulation.png");
    }

    @Test
    void compareLinkComparesAscof2019WithAdassOptionOne() throws Exception {
        GettingStartedEditor page = openFromHelpMenu();
        Menus.clickLink(page.form(), "Compare ASCOF 2019-20 with ADASS Option One");

        IWorkbenchPart active = Workbenches.page().getActivePart();
        FrameworkDiffView view = assertInstanceOf(FrameworkDiffView.class, active);
        TreeItem[] rows = view.tree().getTree().getItems();
        assertTrue(rows.length > 0, "the comparison lists differences");
        String heading = Controls.find(view.tree().getTree().getParent().getParent(), Label.class,
            label -> label.getText().startsWith("Old: ")).getText();
        assertTrue(heading.contains("2019-20") && heading.contains("Option One"), heading);
        Workbenches.capture("getting-started-compare.png");
    }

    private static GettingStartedEditor openFromHelpMenu() {
        Menus.select("Help", "Getting Started");
        return assertInstanceOf(GettingStartedEditor.class, Workbenches.page().getActiveEditor());
    }
}
