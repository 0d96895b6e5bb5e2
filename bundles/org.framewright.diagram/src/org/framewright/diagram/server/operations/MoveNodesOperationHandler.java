package org.framewright.diagram.server.operations;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.framewright.diagram.server.layout.DiagramLayout;
import org.framewright.diagram.server.layout.SetPositionsCommand;

/**
 * Moves nodes: keeps the new positions of the model elements' nodes in the diagram layout (one undoable command);
 * the semantic model is not touched. Sizes are computed from the content and are not kept. A move to where the node
 * already is changes nothing.
 */
public class MoveNodesOperationHandler extends FramewrightOperationHandler<ChangeBoundsOperation> {

    @Override
    public Optional<Command> createCommand(ChangeBoundsOperation operation) {
        Map<String, DiagramLayout.Position> positions = new LinkedHashMap<>();
        for (ElementAndBounds bounds : operation.getNewBounds()) {
            if (bounds.getNewPosition() != null && state().semanticElement(bounds.getElementId()).isPresent()
                    && !drawnAt(bounds.getElementId(), bounds.getNewPosition())) {
                positions.put(bounds.getElementId(),
                        new DiagramLayout.Position(bounds.getNewPosition().getX(), bounds.getNewPosition().getY()));
            }
        }
        if (positions.isEmpty()) {
            return doNothing();
        }
        return Optional.of(new SetPositionsCommand("Move", state().layout(), state().diagramKey(), positions, false));
    }

    /**
     * True when node {@code id} is already drawn at {@code position}: GLSP's move tool reports a click that it took
     * for a drag as a move to the same place, which must not become an edit (the editor would turn dirty).
     */
    private boolean drawnAt(String id, GPoint position) {
        return state().getIndex().getByClass(id, GNode.class).map(GNode::getPosition)
                .filter(drawn -> Math.abs(drawn.getX() - position.getX()) < 0.5
                        && Math.abs(drawn.getY() - position.getY()) < 0.5)
                .isPresent();
    }

    @Override
    public String getLabel() {
        return "Move";
    }
}
