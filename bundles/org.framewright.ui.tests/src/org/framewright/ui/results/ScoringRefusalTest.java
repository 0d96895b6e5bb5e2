package org.framewright.ui.results;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Weight;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.tests.Gestures;
import org.framewright.ui.tests.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Scoring view refuses a framework with validation errors (unsaved edits count) and lists its errors. */
class ScoringRefusalTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void aNegativeWeightIsNotScoredAndTheViewListsTheErrors() throws Exception {
        IFile model = Workbenches.freshSample("csci-2006.framework");
        IFile data = Workbenches.sampleData("csci-2006-councils.csv");
        FrameworkEditor editor = (FrameworkEditor) Gestures.doubleClickInExplorer(model);
        ModelDocument document = editor.document();
        Weight weight = document.framework().getSchemes().get(0).getAggregations().stream()
            .flatMap(r -> r.getWeights().stream()).findFirst().orElseThrow();
        document.commandStack().execute(SetCommand.create(document.domain(), weight,
            FrameworkPackage.Literals.WEIGHT__PERCENT, -20.0));
        ScoringView view = (ScoringView) Workbenches.page().showView(ScoringView.ID);
        view.refreshChoices();

        Job job = view.score(model, "star-rating", data, null);
        assertNotNull(job, "scoring starts");
        job.join();
        Workbenches.processEventsUntil(view::isOutcomeShown);

        assertNull(view.result(), "no result for a framework with errors");
        assertTrue(view.statusText().contains("so it is not scored"), view.statusText());
        assertTrue(view.statusText().contains("ERROR FW-WEIGHT-04"), view.statusText());
        assertTrue(view.statusText().contains("ERROR FW-WEIGHT-01"), view.statusText());
        Workbenches.capture("scoring-refuses-errors.png");
    }
}
