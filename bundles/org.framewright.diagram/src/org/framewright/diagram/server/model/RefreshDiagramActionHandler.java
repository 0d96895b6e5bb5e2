package org.framewright.diagram.server.model;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;

/** Handles {@link RefreshDiagramAction}: submits the model rebuilt from the shared document. */
public class RefreshDiagramActionHandler extends AbstractActionHandler<RefreshDiagramAction> {

    @Inject
    protected ModelSubmissionHandler submissionHandler;

    @Override
    protected List<Action> executeAction(RefreshDiagramAction action) {
        return submissionHandler.submitModel();
    }
}
