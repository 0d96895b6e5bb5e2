package org.framewright.diagram.server;

import org.eclipse.glsp.server.di.ServerModule;
import org.framewright.diagram.types.DiagramType;
import org.framewright.diagram.types.DiagramTypeRegistry;

import com.google.inject.Module;

/**
 * The GLSP server module with every installed diagram type ({@link DiagramTypeRegistry}: Framewright's structure and
 * logic model diagrams and any plugin's).
 */
public final class FramewrightDiagrams {

    private FramewrightDiagrams() {
    }

    /** A new server module configured with a fresh module of every installed diagram type. */
    public static ServerModule serverModule() {
        return serverModule(new Module[0]);
    }

    /**
     * A new server module with every installed diagram type, whose diagram sessions also install
     * {@code sessionModules} (a shared diagram binds its {@code SharedDiagram} this way).
     */
    public static ServerModule serverModule(Module... sessionModules) {
        ServerModule server = new ServerModule();
        for (DiagramType type : DiagramTypeRegistry.installed()) {
            server.configureDiagramModule(type.module(), sessionModules);
        }
        return server;
    }
}
