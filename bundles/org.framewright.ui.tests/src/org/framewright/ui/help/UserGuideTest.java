package org.framewright.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.framewright.testing.ui.Menus;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Help > Contents as a reader uses it: the guide's contents, a topic clicked, its page shown. */
class UserGuideTest {

    private static final List<String> JOBS = List.of("What Framewright is for", "Model a framework",
        "Draw its logic model", "Validate a framework", "Import council data", "Score councils",
        "Simulate uncertainty", "Track performance over time", "Compare frameworks", "Report to a working group");

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void helpContentsShowsTheGuidesPageForEachJob() throws Exception {
        Menus.select("Help", "Contents");

        UserGuideEditor guide = assertInstanceOf(UserGuideEditor.class, Workbenches.page().getActiveEditor());
        assertEquals("User Guide", guide.getTitle());
        Tree tree = guide.contents().getTree();
        TreeItem book = tree.getItem(0);
        assertEquals("Framewright User Guide", book.getText(), "Framewright's guide comes first");
        assertEquals(JOBS, Arrays.stream(book.getItems()).map(TreeItem::getText).toList());

        Browser browser = guide.browser();
        assertNotNull(browser, "WebKitGTK is installed where the tests run");
        Workbenches.processEventsUntil(() -> browser.getUrl().endsWith("html/index.html"));

        TreeItem score = book.getItem(JOBS.indexOf("Score councils"));
        tree.setSelection(score);
        Event click = new Event();
        click.item = score;
        tree.notifyListeners(SWT.Selection, click);

        Workbenches.processEventsUntil(() -> browser.getUrl().endsWith("html/score.html")
            && browser.getText().contains("league table"));
        assertTrue(browser.getText().contains("<h1>Score councils</h1>"), browser::getText);
        Workbenches.capture("user-guide.png");
    }
}
