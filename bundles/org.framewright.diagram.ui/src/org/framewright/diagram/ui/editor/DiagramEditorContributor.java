package org.framewright.diagram.ui.editor;

import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.framewright.ui.editing.CommandStackAction;

/**
 * Binds the workbench's Undo/Redo (Edit menu, Ctrl+Z, Ctrl+Y) to the active diagram's shared command stack, and its
 * Copy, Paste and Delete to the diagram's selection ({@link DiagramEditing}).
 */
public class DiagramEditorContributor extends EditorActionBarContributor {

    private final CommandStackAction undo = new CommandStackAction(CommandStackAction.Direction.UNDO);
    private final CommandStackAction redo = new CommandStackAction(CommandStackAction.Direction.REDO);
    private final EditingAction copy = new EditingAction(ActionFactory.COPY, "&Copy", ISharedImages.IMG_TOOL_COPY,
            "copy", DiagramEditing::copy);
    private final EditingAction paste = new EditingAction(ActionFactory.PASTE, "&Paste", ISharedImages.IMG_TOOL_PASTE,
            "paste", editing -> editing.paste());
    private final EditingAction delete = new EditingAction(ActionFactory.DELETE, "&Delete",
            ISharedImages.IMG_TOOL_DELETE, "delete", DiagramEditing::delete);

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        for (EditingAction action : new EditingAction[] {copy, paste, delete}) {
            bars.setGlobalActionHandler(action.getId(), action);
        }
    }

    @Override
    public void setActiveEditor(IEditorPart editor) {
        DiagramEditor diagram = editor instanceof DiagramEditor active ? active : null;
        undo.setDocument(diagram == null ? null : diagram.document());
        redo.setDocument(diagram == null ? null : diagram.document());
        copy.editor = diagram;
        paste.editor = diagram;
        delete.editor = diagram;
    }

    @Override
    public void dispose() {
        undo.setDocument(null);
        redo.setDocument(null);
        setActiveEditor(null);
        super.dispose();
    }

    /** A workbench edit action run on the active diagram's selection. */
    private static final class EditingAction extends Action {

        private final String command;
        private final Consumer<DiagramEditing> run;
        private DiagramEditor editor;

        EditingAction(ActionFactory factory, String label, String image, String command,
                Consumer<DiagramEditing> run) {
            super(label);
            this.command = command;
            this.run = run;
            setId(factory.getId());
            setActionDefinitionId(factory.getCommandId());
            setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image));
        }

        @Override
        public void run() {
            if (editor != null && editor.document() != null) {
                run.accept(editor.editing());
            }
        }

        /** A key binding's press may also have reached the page: it runs once (the menus always run). */
        @Override
        public void runWithEvent(Event event) {
            if (event != null && event.type == SWT.KeyDown && editor != null && editor.document() != null) {
                editor.editing().fromKey(command);
                return;
            }
            run();
        }
    }
}
