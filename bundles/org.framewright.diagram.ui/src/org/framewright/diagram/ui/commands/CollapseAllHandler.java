package org.framewright.diagram.ui.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.diagram.ui.editor.DiagramEditor;

/**
 * "Collapse All" ({@value #COLLAPSE_ALL}) and "Expand All" ({@value #EXPAND_ALL}) on the active structure diagram:
 * hides or shows the children of every area (one undoable edit, kept in the layout file with the next save). Enabled
 * on structure diagrams only (logic model diagrams have nothing to collapse).
 */
public class CollapseAllHandler extends AbstractHandler {

    /** The Collapse All command. */
    public static final String COLLAPSE_ALL = "org.framewright.diagram.ui.collapseAll";
    /** The Expand All command. */
    public static final String EXPAND_ALL = "org.framewright.diagram.ui.expandAll";

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof DiagramEditor editor && editor.logicModelId() == null) {
            editor.collapse(List.of(), COLLAPSE_ALL.equals(event.getCommand().getId()));
        }
        return null;
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        Object active = evaluationContext instanceof IEvaluationContext context
                ? context.getVariable(ISources.ACTIVE_EDITOR_NAME) : null;
        setBaseEnabled(active instanceof DiagramEditor editor && editor.logicModelId() == null);
    }
}
