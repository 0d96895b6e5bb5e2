package org.framewright.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.framewright.testing.SharedData;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.Test;

/** Scoring is a user job that can be cancelled (as from the Progress view), and the view then says so. */
class ScoringJobCancelTest {

    @Test
    void aCancelledScoringRunLeavesNoResultAndSaysItWasCancelled() throws Exception {
        IFile model = Workbenches.freshSample("ascof-2023-24.framework");
        IFile data = Workbenches.linkedData(SharedData.file("ascof/trend_data.csv"));
        ScoringView view = (ScoringView) Workbenches.page().showView(ScoringView.ID);
        view.refreshChoices();

        Job job = view.score(model, "composite-minmax", data, "2023-24");
        assertTrue(job.isUser(), "shown in the status line and the Progress view");
        job.cancel(); // what the Progress view's and the status line's stop buttons do
        job.join();
        Workbenches.processEventsUntil(view::isOutcomeShown);

        assertNull(view.result(), "no partial result");
        assertEquals(ScoringJob.CANCELLED, view.statusText());
    }
}
