package org.framewright.diagram.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.diagram.ui.editor.DiagramEditor;

/** The workbench's Rename (F2) in a diagram editor: edits the selected node's name in place. */
public class RenameInDiagramHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof DiagramEditor editor) {
            editor.editLabel();
        }
        return null;
    }
}
