package org.framewright.ui.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.framewright.ui.editing.CommandStackAction;
import org.framewright.ui.editing.ModelDocument;

/**
 * Makes the workbench's Undo and Redo (Ctrl+Z, Ctrl+Y) act on the active framework editor's command stack, and its
 * Copy, Paste and Delete on the editor's selection.
 */
public final class FrameworkEditorContributor extends EditorActionBarContributor {

    private final CommandStackAction undo = new CommandStackAction(CommandStackAction.Direction.UNDO);
    private final CommandStackAction redo = new CommandStackAction(CommandStackAction.Direction.REDO);

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        ModelDocument document = part instanceof FrameworkEditor editor ? editor.document() : null;
        if (part instanceof FrameworkEditor editor) {
            editor.editActions().install(getActionBars());
        } else {
            getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), null);
            getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), null);
            getActionBars().setGlobalActionHandler(ActionFactory.PASTE.getId(), null);
        }
        undo.setDocument(document);
        redo.setDocument(document);
        getActionBars().updateActionBars();
    }

    @Override
    public void dispose() {
        undo.setDocument(null);
        redo.setDocument(null);
        super.dispose();
    }
}
