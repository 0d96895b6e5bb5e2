package org.framewright.diagram.ui.commands;

import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.diagram.ui.editor.DiagramEditor;

/** Zoom to fit / in / out / 100 % in the active diagram (command {@value #COMMAND}, parameter {@value #KIND}). */
public class ZoomHandler extends AbstractHandler {

    /** The command id. */
    public static final String COMMAND = "org.framewright.diagram.ui.zoom";
    /** The parameter naming the zoom: fit, in, out or 100. */
    public static final String KIND = "org.framewright.diagram.ui.zoom.kind";

    private static final Set<String> KINDS = Set.of("fit", "in", "out", "100");

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String kind = event.getParameter(KIND);
        if (!KINDS.contains(kind)) {
            throw new ExecutionException("Zoom: unknown kind '" + kind + "' (fit, in, out or 100)");
        }
        if (HandlerUtil.getActiveEditor(event) instanceof DiagramEditor editor) {
            editor.zoom(kind);
        }
        return null;
    }
}
