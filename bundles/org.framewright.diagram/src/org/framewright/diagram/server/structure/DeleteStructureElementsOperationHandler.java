package org.framewright.diagram.server.structure;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.framewright.diagram.server.operations.FramewrightOperationHandler;
import org.framewright.model.Area;
import org.framewright.model.EvidenceItem;
import org.framewright.model.ClassificationGroup;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;
import org.framewright.model.Statement;

/**
 * Deletes selected areas (with their subtree), statements, evidence items and classification groups; a selected link removes the
 * relation only: an indicator from an area's list, an area from a group's members. Indicators themselves are kept
 * (other areas and scoring rules may use them).
 */
public class DeleteStructureElementsOperationHandler extends FramewrightOperationHandler<DeleteOperation> {

    @Override
    public Optional<Command> createCommand(DeleteOperation operation) {
        Set<EObject> doomed = new LinkedHashSet<>();
        CompoundCommand command = new CompoundCommand("Delete");
        for (String id : operation.getElementIds()) {
            Optional<EObject> element = state().semanticElement(id)
                    .filter(e -> e instanceof Area || e instanceof Statement || e instanceof EvidenceItem
                            || e instanceof ClassificationGroup);
            if (element.isPresent()) {
                doomed.add(element.get());
            } else {
                state().getIndex().getByClass(id, GEdge.class).ifPresent(edge -> removeRelation(edge, command));
            }
        }
        if (!doomed.isEmpty()) {
            command.append(DeleteCommand.create(domain(), doomed));
        }
        return command.isEmpty() ? doNothing() : executable(command.unwrap());
    }

    private void removeRelation(GEdge edge, CompoundCommand command) {
        Optional<EObject> source = state().semanticElement(edge.getSourceId());
        Optional<EObject> target = state().semanticElement(edge.getTargetId());
        if (source.isEmpty() || target.isEmpty()) {
            return;
        }
        if (source.get() instanceof Area area && target.get() instanceof Indicator indicator) {
            command.append(RemoveCommand.create(domain(), area, FrameworkPackage.Literals.AREA__INDICATORS, indicator));
        } else if (source.get() instanceof ClassificationGroup group && target.get() instanceof Area area) {
            command.append(RemoveCommand.create(domain(), group, FrameworkPackage.Literals.CLASSIFICATION_GROUP__MEMBERS,
                    area));
        }
    }

    @Override
    public String getLabel() {
        return "Delete";
    }
}
