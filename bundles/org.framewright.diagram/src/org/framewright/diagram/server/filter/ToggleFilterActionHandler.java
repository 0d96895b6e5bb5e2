package org.framewright.diagram.server.filter;

import java.util.List;
import java.util.Set;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.model.GModelState;
import org.framewright.diagram.server.model.FramewrightModelState;

import com.google.inject.Inject;

/**
 * Applies a {@link ToggleFilterAction}: switches the filter on or off in this diagram's entry of the layout file (one
 * undoable command, saved with the model, so it survives every re-render, save and reopen), then re-renders.
 */
public class ToggleFilterActionHandler extends AbstractActionHandler<ToggleFilterAction> {

    @Inject
    protected GModelState modelState;

    @Inject
    protected ModelSubmissionHandler submissionHandler;

    @Override
    protected List<Action> executeAction(ToggleFilterAction action) {
        DiagramFilter filter = DiagramFilter.named(action.getFilter()).orElseThrow(
                () -> new IllegalArgumentException("no diagram filter called '" + action.getFilter() + "'"));
        FramewrightModelState state = (FramewrightModelState) modelState;
        Set<String> names = state.layout().filters(state.diagramKey());
        boolean changed = action.isActive() ? names.add(filter.name()) : names.remove(filter.name());
        if (changed) {
            state.execute(new SetFiltersCommand(state.layout(), state.diagramKey(), names));
        }
        return submissionHandler.submitModel();
    }
}
