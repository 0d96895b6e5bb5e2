package org.framewright.diagram.server.document;

import java.util.Objects;

/**
 * The {@link DiagramDocumentProvider} that GLSP sessions use. GLSP creates its services by injection, so the provider
 * is looked up here rather than passed in; the workbench editor bundle replaces the standalone default at start-up.
 */
public final class DiagramDocuments {

    private static volatile DiagramDocumentProvider provider = new StandaloneDocumentProvider();

    private DiagramDocuments() {
    }

    /** The provider in use. */
    public static DiagramDocumentProvider provider() {
        return provider;
    }

    /** Installs {@code newProvider}; returns the previous one. */
    public static DiagramDocumentProvider install(DiagramDocumentProvider newProvider) {
        DiagramDocumentProvider previous = provider;
        provider = Objects.requireNonNull(newProvider);
        return previous;
    }
}
