package org.framewright.diagram.server.structure;

import java.util.Set;

import org.eclipse.emf.common.command.AbstractCommand;
import org.framewright.diagram.server.layout.DiagramLayout;

/** Collapses exactly the given nodes of one diagram in its {@link DiagramLayout}, undoably. */
public class SetCollapsedCommand extends AbstractCommand {

    private final DiagramLayout layout;
    private final String diagramKey;
    private final Set<String> newCollapsed;
    private Set<String> oldCollapsed;

    /** Collapses exactly {@code ids} in diagram {@code diagramKey}; {@code label} names the edit (Undo Collapse). */
    public SetCollapsedCommand(String label, DiagramLayout layout, String diagramKey, Set<String> ids) {
        super(label);
        this.layout = layout;
        this.diagramKey = diagramKey;
        this.newCollapsed = Set.copyOf(ids);
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        oldCollapsed = layout.collapsed(diagramKey);
        redo();
    }

    @Override
    public void redo() {
        layout.setCollapsed(diagramKey, newCollapsed);
    }

    @Override
    public void undo() {
        layout.setCollapsed(diagramKey, oldCollapsed);
    }
}
