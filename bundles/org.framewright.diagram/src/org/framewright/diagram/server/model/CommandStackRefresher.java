package org.framewright.diagram.server.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EventObject;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.disposable.IDisposable;
import org.framewright.diagram.server.document.DiagramDocument;
import org.framewright.diagram.server.share.Presence;
import org.framewright.diagram.server.share.PresenceAction;

import com.google.inject.Inject;

/**
 * Re-renders the diagram when another editor (a form editor, or another diagram of the same file) changes the shared
 * command stack, so that every editor shows a change at once. The session's own commands are rendered by GLSP's
 * operation handling and are not echoed. Also sends the client the participants' selections of a shared diagram
 * ({@link Presence}) and renders again when the document's review comments change ({@link CommentBadges}).
 * Registered per session, removed when the session is disposed.
 */
public class CommandStackRefresher implements CommandStackListener, IDisposable {

    @Inject
    protected GModelState modelState;

    @Inject
    protected ActionDispatcher actionDispatcher;

    private DiagramDocument document;
    private boolean disposed;
    // the participants' selections, sent to this session's client (see Presence)
    private final Consumer<PresenceAction> presenceViewer = action -> actionDispatcher.dispatch(action);
    // the document's review comments changed: their badges are drawn again (see CommentBadges)
    private final Consumer<Path> commentsViewer = this::commentsChanged;

    /** Starts listening to {@code newDocument}'s command stack (once per session). */
    public synchronized void listenTo(DiagramDocument newDocument) {
        if (document != newDocument) {
            stop();
            document = newDocument;
            document.commandStack().addCommandStackListener(this);
            Presence.of(document).watch(presenceViewer);
            CommentBadges.watch(commentsViewer);
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

    private synchronized void commentsChanged(Path modelFile) {
        if (document != null && modelState.getRoot() != null && isSameFile(modelFile, document.file())) {
            actionDispatcher.dispatch(new RefreshDiagramAction());
        }
    }

    // the workbench names a file by its resource's location, the diagram by its request: links may differ
    private static boolean isSameFile(Path a, Path b) {
        try {
            return a.equals(b.toAbsolutePath().normalize()) || Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
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
            CommentBadges.unwatch(commentsViewer);
            Presence presence = Presence.of(document);
            presence.unwatch(presenceViewer);
            presence.leave(modelState);
            document = null;
        }
    }
}
