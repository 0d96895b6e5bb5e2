package org.framewright.ui.editing;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo and Redo for a part that is not an editor (the model explorer, the Properties view): they act on the command
 * stack of the document whose elements the part last showed, so Ctrl+Z and Edit > Undo work with the focus there as
 * they do in the editor.
 */
public final class DocumentUndoRedo {

    private final CommandStackAction undo = new CommandStackAction(CommandStackAction.Direction.UNDO);
    private final CommandStackAction redo = new CommandStackAction(CommandStackAction.Direction.REDO);
    private ModelDocument document;

    /** Makes the actions the global Undo and Redo handlers of {@code bars}. */
    public void install(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
    }

    /**
     * Follows {@code selection}: its first model element's document becomes the one undone. A selection without
     * model elements keeps the last document (after a delete, Undo still brings the element back).
     */
    public ModelDocument follow(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof EObject e) {
            ModelDocument of = ModelDocuments.of(e);
            if (of != null && of != document) {
                setDocument(of);
            }
        }
        return document;
    }

    /** The document undone, or {@code null}. */
    public ModelDocument document() {
        return document;
    }

    /** Acts on {@code newDocument} ({@code null}: none). */
    public void setDocument(ModelDocument newDocument) {
        document = newDocument;
        undo.setDocument(newDocument);
        redo.setDocument(newDocument);
    }
}
