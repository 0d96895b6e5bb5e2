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
import org.framewright.ui.simulation.SimulationView;
import org.framewright.testing.ui.Gestures;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Scoring and Simulation views refuse a framework with validation errors (unsaved edits count) and list its
 * errors.
 */
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
        assertTrue(view.statusText().contains("is not scored: 2 errors, the first FW-WEIGHT-01 "), view.statusText());
        assertTrue(view.statusText().contains("ERROR FW-WEIGHT-04"), view.statusText());
        assertTrue(view.statusText().contains("ERROR FW-WEIGHT-01"), view.statusText());
        Workbenches.capture("scoring-refuses-errors.png");

        SimulationView simulation = (SimulationView) Workbenches.page().showView(SimulationView.ID);
        simulation.refreshChoices();
        Job simulating = simulation.simulate(model, "star-rating", data, null, 50, 1, 0);
        assertNotNull(simulating, simulation::statusText);
        simulating.join();
        Workbenches.processEventsUntil(() -> simulation.outcome() != null);
        assertNull(simulation.outcome().result(), "no simulation of a framework with errors");
        assertTrue(simulation.statusText().contains("is not simulated: 2 errors"), simulation.statusText());
        assertTrue(simulation.statusText().contains("ERROR FW-WEIGHT-04"), simulation.statusText());
    }
}
