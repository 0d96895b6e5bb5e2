package org.framewright.diagram.ui;

import java.util.concurrent.CompletableFuture;

import org.framewright.diagram.server.document.DiagramDocuments;
import org.framewright.diagram.server.model.CommentBadges;
import org.framewright.diagram.server.launch.DiagramServerLauncher;
import org.framewright.diagram.ui.documents.WorkbenchDocumentProvider;
import org.framewright.ui.review.CommentStore;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Starts the in-process GLSP server when the first diagram editor opens (the bundle is lazy): on a daemon thread, so
 * the UI never waits for Jetty; editors wait for {@link #server()} asynchronously. Installs the workbench document
 * provider so that diagrams share the form editors' documents, and redraws diagrams' comment badges when comments change.
 */
public final class DiagramUiPlugin implements BundleActivator {

    /** Where the server listens and the token clients must send. */
    public record ServerAddress(int port, String token) {
    }

    private static final CompletableFuture<ServerAddress> SERVER = new CompletableFuture<>();
    // comments added, replied to or resolved in the workbench: the open diagrams of that model redraw their badges
    private static final CommentStore.Listener COMMENT_BADGES = CommentBadges::changed;
    private static BundleContext context;
    private DiagramServerLauncher launcher;

    /** The running server's address (completes once Jetty is up, or exceptionally if it could not start). */
    public static CompletableFuture<ServerAddress> server() {
        return SERVER;
    }

    /** This bundle's context (null when stopped). */
    public static BundleContext context() {
        return context;
    }

    @Override
    public void start(BundleContext bundleContext) {
        context = bundleContext;
        DiagramDocuments.install(new WorkbenchDocumentProvider());
        CommentStore.addListener(COMMENT_BADGES);
        Thread starter = new Thread(() -> {
            try {
                launcher = new DiagramServerLauncher();
                SERVER.complete(new ServerAddress(launcher.startOnLoopback(), launcher.token()));
            } catch (Exception | LinkageError e) {
                SERVER.completeExceptionally(e);
            }
        }, "framewright-diagram-server-start");
        starter.setDaemon(true);
        starter.start();
    }

    @Override
    public void stop(BundleContext bundleContext) throws Exception {
        CommentStore.removeListener(COMMENT_BADGES);
        if (launcher != null) {
            launcher.stop();
        }
        context = null;
    }
}
