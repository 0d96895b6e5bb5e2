package org.framewright.diagram.server.model;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.disposable.IDisposable;
import org.framewright.diagram.server.document.DiagramDocument;

import com.google.inject.Inject;

/**
 * Re-renders the diagram when another editor (a form editor, or another diagram of the same file) changes the shared
 * command stack, so that every editor shows a change at once. The session's own commands are rendered by GLSP's
 * operation handling and are not echoed. Registered per session, removed when the session is disposed.
 */
public class CommandStackRefresher implements CommandStackListener, IDisposable {

    @Inject
    protected GModelState modelState;

    @Inject
    protected ActionDispatcher actionDispatcher;

    private DiagramDocument document;
    private boolean disposed;

    /** Starts listening to {@code newDocument}'s command stack (once per session). */
    public synchronized void listenTo(DiagramDocument newDocument) {
        if (document != newDocument) {
            stop();
            document = newDocument;
            document.commandStack().addCommandStackListener(this);
        }
    }

    @Override
    public void commandStackChanged(EventObject event) {
        if (((FramewrightModelState) modelState).isExecutingOwnCommand() || modelState.getRoot() == null) {
            return;
        }
        // re-render on GLSP's dispatcher thread, which owns the GModel (this listener runs on the editing thread)
        actionDispatcher.dispatch(new RefreshDiagramAction());
    }

    @Override
    public synchronized void dispose() {
        stop();
        disposed = true;
    }

    @Override
    public boolean isDisposed() {
        return disposed;
    }

    private void stop() {
        if (document != null) {
            document.commandStack().removeCommandStackListener(this);
            document = null;
        }
    }
}
