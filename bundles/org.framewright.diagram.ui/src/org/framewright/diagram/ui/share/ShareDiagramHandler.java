package org.framewright.diagram.ui.share;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.diagram.ui.editor.DiagramEditor;

/**
 * Share Diagram... (command {@value #COMMAND}) on the active diagram: the {@link ShareDiagramDialog} chooses the links,
 * the interface and the name policy and starts the session, then shows its links; while a session runs it shows them
 * again, with End Session.
 */
public class ShareDiagramHandler extends AbstractHandler {

    /** The command id. */
    public static final String COMMAND = "org.framewright.diagram.ui.share";

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof DiagramEditor editor) {
            if (new ShareDiagramDialog(editor.getSite().getShell(), editor).open() == ShareDiagramDialog.STARTED) {
                new ShareDiagramDialog(editor.getSite().getShell(), editor).open();
            }
        }
        return null;
    }
}
