package org.framewright.diagram.server.operations;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.framewright.diagram.server.layout.SetPositionsCommand;

/**
 * Arrange all (layout on demand): forgets the positions the user set in this diagram, so that ELK places every node
 * again. Undoable like any edit.
 */
public class ArrangeAllOperationHandler extends FramewrightOperationHandler<LayoutOperation> {

    @Override
    public Optional<Command> createCommand(LayoutOperation operation) {
        if (state().layout().positions(state().diagramKey()).isEmpty()) {
            return doNothing();
        }
        return Optional.of(new SetPositionsCommand("Arrange All", state().layout(), state().diagramKey(), Map.of(),
                true));
    }

    @Override
    public String getLabel() {
        return "Arrange All";
    }
}
