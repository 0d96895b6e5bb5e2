package org.framewright.diagram.server.structure;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.framewright.diagram.server.operations.FramewrightOperationHandler;
import org.framewright.model.Area;
import org.framewright.model.ClassificationGroup;
import org.framewright.model.FrameworkPackage;

/** Connects a classification group to an area: the area becomes a member of the group. */
public class CreateClassifiesHandler extends FramewrightOperationHandler<CreateEdgeOperation>
        implements CreateOperationHandler<CreateEdgeOperation> {

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(StructureTypes.CLASSIFIES);
    }

    @Override
    public Optional<Command> createCommand(CreateEdgeOperation operation) {
        Optional<ClassificationGroup> group = element(operation.getSourceElementId(), ClassificationGroup.class);
        Optional<Area> area = element(operation.getTargetElementId(), Area.class);
        if (group.isEmpty() || area.isEmpty() || group.get().getMembers().contains(area.get())) {
            return doNothing();
        }
        return executable(AddCommand.create(domain(), group.get(),
                FrameworkPackage.Literals.CLASSIFICATION_GROUP__MEMBERS, area.get()));
    }

    @Override
    public String getLabel() {
        return "Classifies";
    }
}
