package org.framewright.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.framewright.testing.SharedData;
import org.framewright.testing.ui.Menus;
import org.framewright.testing.ui.Person;
import org.framewright.testing.ui.Workbenches;
import org.framewright.ui.explorer.ModelExplorerView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * No data file is named like ASCOF 2023-24, so Score... shows the Scoring view asking for one; the analyst chooses
 * the published ASCOF results in the Data combo and scores. Running Score... again on the framework (after an edit,
 * say) keeps that choice and scores with it; it used to list the workspace's files anew and drop the chosen data
 * file, so Score... only asked again for a data file.
 */
class ScoreChosenDataTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void scoreAgainKeepsTheDataFileTheAnalystChose() throws Exception {
        ScoringView open = (ScoringView) Workbenches.page().findView(ScoringView.ID);
        if (open != null) {
            Workbenches.page().hideView(open); // a fresh view: nothing chosen before
        }
        IFile model = Workbenches.freshSample("ascof-2023-24.framework");
        Workbenches.linkedData(SharedData.file("ascof/trend_data.csv"));
        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        explorer.viewer().setSelection(new StructuredSelection(model), true);
        Workbenches.processEvents();
        Menus.select("Framewright", "Score...");
        Workbenches.processEvents();
        ScoringView view = (ScoringView) Workbenches.page().findView(ScoringView.ID);
        assertNotNull(view, "Score... shows the Scoring view");
        assertEquals("", view.choices().get(2).getText(), "no data file is named like ascof-2023-24");
        assertNull(view.lastJob(), "nothing to score yet");
        assertEquals("Choose a framework, a scheme and a data file.", view.statusText());

        Person.choose(view.choices().get(2), "trend_data.csv");
        Workbenches.processEventsUntil(() -> view.periodCombo().getItemCount() > 0);
        Person.click(view.scoreButton());
        Job first = view.lastJob();
        assertNotNull(first, view::statusText);
        first.join();
        Workbenches.processEventsUntil(view::isOutcomeShown);
        assertNotNull(view.result(), view::statusText);
        assertTrue(view.statusText().matches("\\d+ councils scored under .*, period 2023-24\\..*"), view.statusText());

        // Score... again, as a person does from the menu with the framework selected
        Workbenches.page().activate(explorer);
        explorer.viewer().setSelection(new StructuredSelection(model), true);
        Workbenches.processEvents();
        Menus.select("Framewright", "Score...");
        Workbenches.processEvents();
        assertEquals("trend_data.csv", view.choices().get(2).getText(), "the chosen data file is still chosen");
        Job again = view.lastJob();
        assertNotSame(first, again, "Score... scores again: " + view.statusText());
        again.join();
        Workbenches.processEventsUntil(view::isOutcomeShown);
        assertNotNull(view.result(), view::statusText);
        assertTrue(view.statusText().matches("\\d+ councils scored under .*, period 2023-24\\..*"), view.statusText());
        assertEquals("2023-24", view.result().period(), "the period chosen from the file is kept too");
    }
}
