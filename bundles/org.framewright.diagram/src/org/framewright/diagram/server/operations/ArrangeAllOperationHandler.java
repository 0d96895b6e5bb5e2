package org.framewright.diagram.server.operations;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.framewright.diagram.server.layout.SetPositionsCommand;

/**
 * Arrange all (layout on demand), the only whole-diagram relayout: forgets the positions the user set in this diagram
 * and where earlier renders put the other nodes, so that ELK places every node again. Undoable like any edit (undo
 * brings back the user's positions).
 */
public class ArrangeAllOperationHandler extends FramewrightOperationHandler<LayoutOperation> {

    @Override
    public Optional<Command> createCommand(LayoutOperation operation) {
        return Optional.of(new SetPositionsCommand("Arrange All", state().layout(), state().diagramKey(), Map.of(),
                true));
    }

    @Override
    public String getLabel() {
        return "Arrange All";
    }
}
