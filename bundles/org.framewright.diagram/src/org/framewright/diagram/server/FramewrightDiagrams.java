package org.framewright.diagram.server;

import org.eclipse.glsp.server.di.ServerModule;
import org.framewright.diagram.types.DiagramType;
import org.framewright.diagram.types.DiagramTypeRegistry;

/**
 * The GLSP server module with every installed diagram type ({@link DiagramTypeRegistry}: Framewright's structure and
 * logic model diagrams and any plugin's).
 */
public final class FramewrightDiagrams {

    private FramewrightDiagrams() {
    }

    /** A new server module configured with a fresh module of every installed diagram type. */
    public static ServerModule serverModule() {
        ServerModule server = new ServerModule();
        for (DiagramType type : DiagramTypeRegistry.installed()) {
            server.configureDiagramModule(type.module());
        }
        return server;
    }
}
