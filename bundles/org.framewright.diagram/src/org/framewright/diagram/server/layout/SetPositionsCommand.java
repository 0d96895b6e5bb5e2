package org.framewright.diagram.server.layout;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * Changes user-set node positions of one diagram in a {@link DiagramLayout}, undoably, so that moving nodes and
 * "arrange all" sit in the same undo history as model edits. A null position removes the user position (the node
 * goes back to automatic layout). Undo also puts back where the nodes were drawn before ({@link DiagramLayout#placed}):
 * a node dragged for the first time has no user position to go back to, and the render after the move has already
 * drawn it, so without this its undone place would be where it was dragged.
 * {@code replaceAll} ("arrange all") forgets those places too, so that ELK places every node again.
 */
public class SetPositionsCommand extends AbstractCommand {

    private final DiagramLayout layout;
    private final String diagramKey;
    private final Map<String, DiagramLayout.Position> newPositions;
    private final boolean replaceAll;
    private Map<String, DiagramLayout.Position> oldPositions;
    private Map<String, DiagramLayout.Position> oldPlaced;

    /** Sets the given positions ({@code replaceAll}: and removes every other position of the diagram). */
    public SetPositionsCommand(String label, DiagramLayout layout, String diagramKey,
            Map<String, DiagramLayout.Position> newPositions, boolean replaceAll) {
        super(label);
        this.layout = layout;
        this.diagramKey = diagramKey;
        this.newPositions = new LinkedHashMap<>(newPositions);
        this.replaceAll = replaceAll;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        oldPositions = layout.positions(diagramKey);
        oldPlaced = new LinkedHashMap<>(layout.placed(diagramKey));
        redo();
    }

    @Override
    public void redo() {
        if (replaceAll) {
            layout.replacePositions(diagramKey, Map.of());
            layout.forgetPlaced(diagramKey);
        }
        newPositions.forEach((id, position) -> layout.setPosition(diagramKey, id, position));
    }

    @Override
    public void undo() {
        layout.replacePositions(diagramKey, oldPositions);
        layout.restorePlaced(diagramKey, oldPlaced);
    }
}
