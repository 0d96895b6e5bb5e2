package org.framewright.diagram.server.logicmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.framewright.diagram.server.operations.FramewrightOperationHandler;
import org.framewright.model.LeadsTo;
import org.framewright.model.LogicElement;
import org.framewright.model.LogicModel;

/**
 * Deletes the selected logic elements and links, together with every link to or from a deleted element (a link
 * without both ends would be invalid). Indicators are only referenced, never deleted.
 */
public class DeleteLogicElementsOperationHandler extends FramewrightOperationHandler<DeleteOperation> {

    @Override
    public Optional<Command> createCommand(DeleteOperation operation) {
        Optional<LogicModel> logicModel = element(state().shownElementId(), LogicModel.class);
        if (logicModel.isEmpty()) {
            return doNothing();
        }
        List<EObject> selected = new ArrayList<>();
        for (String id : operation.getElementIds()) {
            state().semanticElement(id).ifPresent(selected::add);
        }
        Set<EObject> doomed = deletedWith(logicModel.get(), selected);
        return doomed.isEmpty() ? doNothing() : executable(DeleteCommand.create(domain(), doomed));
    }

    /**
     * What deleting {@code selected} from {@code logicModel}'s diagram removes: its logic elements and links among
     * them, and every link to or from a removed element (the editor lists what else refers to these before it asks).
     */
    public static Set<EObject> deletedWith(LogicModel logicModel, Collection<? extends EObject> selected) {
        Set<EObject> doomed = new LinkedHashSet<>();
        for (EObject element : selected) {
            if ((element instanceof LogicElement || element instanceof LeadsTo) && element.eContainer() == logicModel) {
                doomed.add(element);
            }
        }
        for (LeadsTo link : logicModel.getLinks()) {
            if (doomed.contains(link.getSource()) || doomed.contains(link.getTarget())) {
                doomed.add(link);
            }
        }
        return doomed;
    }

    @Override
    public String getLabel() {
        return "Delete";
    }
}
