package org.framewright.compare.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framewright.compare.FrameworkComparison;
import org.framewright.compare.results.ResultsDiff;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Framework Comparison view in the running workbench: the tree, its filters, the side-by-side table. */
class FrameworkDiffViewTest {

    private IWorkbenchPage page;
    private FrameworkDiffView view;

    @BeforeEach
    void openView() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        view = (FrameworkDiffView) page.showView(FrameworkDiffView.ID);
    }

    @AfterEach
    void closeView() {
        page.hideView(view);
    }

    @Test
    void optionOneAgainstAscofShowsTheLineageGroupsAndFiltersThem() throws Exception {
        Framework ascof = FrameworkFiles.loadFramework(Samples.framework("ascof-2019-20.framework"));
        Framework optionOne = FrameworkFiles.loadFramework(Samples.framework("adass-2020-option-one.framework"));
        view.show(FrameworkComparison.compare(ascof, optionOne), ascof, optionOne);
        flush();
        TreeItem indicators = view.tree().getTree().getItem(0);
        assertEquals(List.of("KEEP (4)", "REVISED (6)", "NEW (45)", "RETIRED (8)", "DROPPED (19)"), labels(indicators));
        TreeItem keep = indicators.getItem(0);
        view.tree().expandToLevel(3);
        flush();
        assertTrue(keep.getItem(0).getText(0).startsWith("QL7 "), keep.getItem(0).getText(0));
        assertEquals("1H (D1)", keep.getItem(0).getText(1));
        assertEquals("QL7 (QL)", keep.getItem(0).getText(2));

        view.setHidden("NEW", true);
        flush();
        assertFalse(labels(view.tree().getTree().getItem(0)).contains("NEW (45)"));
        view.setHidden("NEW", false);
        flush();
        assertTrue(labels(view.tree().getTree().getItem(0)).contains("NEW (45)"));
    }

    @Test
    void sideBySideResultsListTheCouncilsThatMove() throws Exception {
        Framework ascof = FrameworkFiles.loadFramework(Samples.framework("ascof-2019-20.framework"));
        Framework revised = EcoreUtil.copy(ascof);
        revised.getAreas().get(2).getIndicators().removeIf(i -> i.getId().equals("3A"));
        view.show(FrameworkComparison.compare(ascof, revised), ascof, revised);
        ResultsDiff results = SideBySide.score(ascof, revised, SharedData.file("ascof/trend_data.csv"), "2019-20");
        view.showResults(results);
        flush();
        assertFalse(results.changed().isEmpty());
        assertEquals(results.changed().size(), view.results().getTable().getItemCount());
        assertTrue(view.results().getTable().getItem(0).getText(0).contains("("));
    }

    private static List<String> labels(TreeItem parent) {
        return Arrays.stream(parent.getItems()).map(item -> item.getText(0)).toList();
    }

    private static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // process pending UI events
        }
    }
}
