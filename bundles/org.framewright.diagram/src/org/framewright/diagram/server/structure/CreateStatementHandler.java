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
import org.framewright.model.Statement;
import org.framewright.model.StatementKind;

/**
 * Creates an "I" statement in the area it is dropped on (the palette's Statement tool); placed by automatic layout
 * under the area's other nodes, clear of them. Dropped anywhere else it does nothing.
 */
public class CreateStatementHandler extends FramewrightOperationHandler<CreateNodeOperation>
        implements CreateOperationHandler<CreateNodeOperation> {

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(StructureTypes.STATEMENT);
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        Optional<Area> area = element(operation.getContainerId(), Area.class);
        if (area.isEmpty()) {
            return doNothing();
        }
        Statement statement = FrameworkFactory.eINSTANCE.createStatement();
        statement.setId(CreateNodeCommands.freshId(state().framework().eResource(), area.get().getId() + "-st-"));
        statement.setKind(StatementKind.I);
        statement.setText("New statement");
        return executable(AddCommand.create(domain(), area.get(), FrameworkPackage.Literals.AREA__STATEMENTS,
                statement));
    }

    @Override
    public String getLabel() {
        return "Statement";
    }
}
