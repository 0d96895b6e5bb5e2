package org.framewright.diagram.server.structure;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.framewright.diagram.server.operations.CreateNodeCommands;
import org.framewright.diagram.server.operations.FramewrightOperationHandler;
import org.framewright.model.Area;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.FrameworkPackage;

/** Creates a top-level area named "New area", placed where it was dropped. */
public class CreateAreaHandler extends FramewrightOperationHandler<CreateNodeOperation>
        implements CreateOperationHandler<CreateNodeOperation> {

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(StructureTypes.AREA);
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        Area area = FrameworkFactory.eINSTANCE.createArea();
        area.setId(CreateNodeCommands.freshId(state().framework().eResource(), "area-"));
        area.setName("New area");
        Command add = AddCommand.create(domain(), state().framework(), FrameworkPackage.Literals.FRAMEWORK__AREAS, area);
        return executable(CreateNodeCommands.addAndPlace("Create Area", add, state(), area.getId(),
                operation.getLocation().orElse(null)));
    }

    @Override
    public String getLabel() {
        return "Area";
    }
}
