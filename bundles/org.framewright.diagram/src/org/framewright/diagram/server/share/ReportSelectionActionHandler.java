package org.framewright.diagram.server.share;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.model.GModelState;
import org.framewright.diagram.server.model.FramewrightModelState;

import com.google.inject.Inject;

/** Handles {@link ReportSelectionAction}: a participant's selection becomes their mark in the document's {@link Presence}. */
public class ReportSelectionActionHandler extends AbstractActionHandler<ReportSelectionAction> {

    @Inject
    protected GModelState modelState;

    @Override
    protected List<Action> executeAction(ReportSelectionAction action) {
        FramewrightModelState state = (FramewrightModelState) modelState;
        if (state.participant() != null && state.document() != null) {
            Presence.of(state.document()).select(state, state.participant(), action.getElementIds());
        }
        return none();
    }
}
