package org.framewright.diagram.server.filter;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.model.GModelState;
import org.framewright.diagram.server.model.FramewrightModelState;

import com.google.inject.Inject;

/** Applies a {@link ToggleFilterAction} to the session and re-renders. Filters are a view setting, not an edit. */
public class ToggleFilterActionHandler extends AbstractActionHandler<ToggleFilterAction> {

    @Inject
    protected GModelState modelState;

    @Inject
    protected ModelSubmissionHandler submissionHandler;

    @Override
    protected List<Action> executeAction(ToggleFilterAction action) {
        DiagramFilter filter = DiagramFilter.valueOf(action.getFilter());
        FramewrightModelState state = (FramewrightModelState) modelState;
        if (action.isActive()) {
            state.filters().add(filter);
        } else {
            state.filters().remove(filter);
        }
        return submissionHandler.submitModel();
    }
}
