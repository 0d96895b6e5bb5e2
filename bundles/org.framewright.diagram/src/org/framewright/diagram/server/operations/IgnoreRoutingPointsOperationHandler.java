package org.framewright.diagram.server.operations;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;

/**
 * Accepts the routing points GLSP's move tool sends beside every move (in one compound operation with the
 * {@code changeBounds}) and keeps none: edges are routed by ELK on every render, never stored. Without a handler the
 * server cannot read the operation kind, drops the whole compound message and the client reconnects, so a node dragged
 * with the mouse would not move in the model and the move could not be undone.
 */
public class IgnoreRoutingPointsOperationHandler extends FramewrightOperationHandler<ChangeRoutingPointsOperation> {

    @Override
    public Optional<Command> createCommand(ChangeRoutingPointsOperation operation) {
        return doNothing();
    }

    @Override
    public String getLabel() {
        return "Route";
    }
}
