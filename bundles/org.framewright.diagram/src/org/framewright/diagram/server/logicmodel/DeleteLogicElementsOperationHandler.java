package org.framewright.diagram.server.logicmodel;

import java.util.LinkedHashSet;
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
        Set<EObject> doomed = new LinkedHashSet<>();
        for (String id : operation.getElementIds()) {
            state().semanticElement(id)
                    .filter(element -> element instanceof LogicElement || element instanceof LeadsTo)
                    .filter(element -> element.eContainer() == logicModel.get()).ifPresent(doomed::add);
        }
        for (LeadsTo link : logicModel.get().getLinks()) {
            if (doomed.contains(link.getSource()) || doomed.contains(link.getTarget())) {
                doomed.add(link);
            }
        }
        return doomed.isEmpty() ? doNothing() : executable(DeleteCommand.create(domain(), doomed));
    }

    @Override
    public String getLabel() {
        return "Delete";
    }
}
