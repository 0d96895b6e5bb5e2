package org.framewright.diagram.server.structure;

import java.util.List;
import java.util.Set;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.model.GModelState;
import org.framewright.diagram.server.model.FramewrightModelState;
import org.framewright.model.Area;

import com.google.inject.Inject;

/**
 * Applies a {@link CollapseAction}: collapses or expands areas in this diagram's entry of the layout file (one undoable
 * command, saved with the model, like the filters), then re-renders. Nodes still drawn keep their places.
 */
public class CollapseActionHandler extends AbstractActionHandler<CollapseAction> {

    @Inject
    protected GModelState modelState;

    @Inject
    protected ModelSubmissionHandler submissionHandler;

    @Override
    protected List<Action> executeAction(CollapseAction action) {
        FramewrightModelState state = (FramewrightModelState) modelState;
        List<String> ids = action.getElementIds().isEmpty() ? collapsibleAreas(state) : action.getElementIds();
        for (String id : ids) {
            if (!(state.semanticElement(id).orElse(null) instanceof Area area) || !StructureGModelFactory.hasChildren(area)) {
                throw new IllegalArgumentException("cannot collapse '" + id + "': not an area with children");
            }
        }
        Set<String> collapsed = state.layout().collapsed(state.diagramKey());
        boolean changed = action.isCollapsed() ? collapsed.addAll(ids) : collapsed.removeAll(ids);
        if (changed) {
            String label = (action.isCollapsed() ? "Collapse" : "Expand")
                    + (action.getElementIds().isEmpty() ? " All" : "");
            state.execute(new SetCollapsedCommand(label, state.layout(), state.diagramKey(), collapsed));
        }
        return submissionHandler.submitModel();
    }

    private static List<String> collapsibleAreas(FramewrightModelState state) {
        return StructureGModelFactory.allAreas(state.framework()).stream().filter(StructureGModelFactory::hasChildren)
                .map(Area::getId).toList();
    }
}
