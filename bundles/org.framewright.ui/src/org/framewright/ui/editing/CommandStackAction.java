package org.framewright.ui.editing;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo or redo on a {@link ModelDocument}'s command stack, labelled with the command's name ("Undo Set Percent").
 * An editor contributor installs one of each as the workbench's global Undo/Redo handler (Ctrl+Z, Ctrl+Y) and
 * points them at the active editor's document with {@link #setDocument(ModelDocument)}.
 */
public final class CommandStackAction extends Action {

    /** Which way the action moves along the stack. */
    public enum Direction {
        /** Undo the most recent command. */
        UNDO,
        /** Redo the most recently undone command. */
        REDO
    }

    private final Direction direction;
    private final ModelDocument.Listener listener = (document, change) -> update();
    private ModelDocument document;

    /** An action for {@code direction}, not yet bound to a document (disabled). */
    public CommandStackAction(Direction direction) {
        this.direction = direction;
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        boolean undo = direction == Direction.UNDO;
        setId(undo ? ActionFactory.UNDO.getId() : ActionFactory.REDO.getId());
        setActionDefinitionId(undo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo");
        setImageDescriptor(images.getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
        update();
    }

    /** Binds the action to {@code newDocument} ({@code null}: none). */
    public void setDocument(ModelDocument newDocument) {
        if (document != null) {
            document.removeListener(listener);
        }
        document = newDocument;
        if (document != null) {
            document.addListener(listener);
        }
        update();
    }

    @Override
    public void run() {
        if (document == null) {
            return;
        }
        CommandStack stack = document.commandStack();
        if (direction == Direction.UNDO && stack.canUndo()) {
            stack.undo();
        } else if (direction == Direction.REDO && stack.canRedo()) {
            stack.redo();
        }
    }

    /** Enables the action when its stack can move and names the command it would undo or redo. */
    public void update() {
        CommandStack stack = document == null ? null : document.commandStack();
        boolean undo = direction == Direction.UNDO;
        Command command = stack == null ? null : undo ? stack.getUndoCommand() : stack.getRedoCommand();
        setEnabled(stack != null && (undo ? stack.canUndo() : stack.canRedo()));
        String verb = undo ? "&Undo" : "&Redo";
        String label = command == null || command.getLabel() == null ? verb : verb + " " + command.getLabel();
        setText(label + (undo ? "\tCtrl+Z" : "\tCtrl+Y"));
    }
}
