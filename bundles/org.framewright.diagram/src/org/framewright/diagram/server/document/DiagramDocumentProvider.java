package org.framewright.diagram.server.document;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where diagram sessions get their {@link DiagramDocument}s from. Headless (tests, benchmark) this is
 * {@link StandaloneDocumentProvider}; in the workbench the editor bundle installs one backed by the shared
 * document API, so that diagram and form editors use one editing domain per file.
 */
public interface DiagramDocumentProvider {

    /** Opens (or returns the already open) document of {@code file}. */
    DiagramDocument acquire(Path file) throws IOException;

    /** Saves the model and its layout file, and marks the command stack saved. */
    void save(DiagramDocument document) throws IOException;

    /** Tells the provider that one user of the document is gone. */
    default void release(DiagramDocument document) {
        // nothing to release by default
    }
}
