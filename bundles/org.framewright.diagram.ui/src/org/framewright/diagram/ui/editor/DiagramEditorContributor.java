package org.framewright.diagram.ui.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.framewright.ui.editing.CommandStackAction;

/** Binds the workbench's Undo/Redo (Edit menu, Ctrl+Z, Ctrl+Y) to the active diagram's shared command stack. */
public class DiagramEditorContributor extends EditorActionBarContributor {

    private final CommandStackAction undo = new CommandStackAction(CommandStackAction.Direction.UNDO);
    private final CommandStackAction redo = new CommandStackAction(CommandStackAction.Direction.REDO);

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
    }

    @Override
    public void setActiveEditor(IEditorPart editor) {
        undo.setDocument(editor instanceof DiagramEditor diagram ? diagram.document() : null);
        redo.setDocument(editor instanceof DiagramEditor diagram ? diagram.document() : null);
    }

    @Override
    public void dispose() {
        undo.setDocument(null);
        redo.setDocument(null);
        super.dispose();
    }
}
