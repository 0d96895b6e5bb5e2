package org.framewright.diagram.server;

import org.eclipse.glsp.server.di.ServerModule;
import org.framewright.diagram.server.logicmodel.LogicModelDiagramModule;
import org.framewright.diagram.server.structure.StructureDiagramModule;

import com.google.inject.Module;

/** The GLSP server module with every Framewright diagram: logic model and framework structure. */
public final class FramewrightDiagrams {

    private FramewrightDiagrams() {
    }

    /** A new server module configured with both diagram modules. */
    public static ServerModule serverModule() {
        return new ServerModule().configureDiagramModule(new LogicModelDiagramModule())
                .configureDiagramModule(new StructureDiagramModule());
    }

    /**
     * A new server module with every diagram, whose diagram sessions also install {@code sessionModules} (a shared
     * diagram binds its {@code SharedDiagram} this way).
     */
    public static ServerModule serverModule(Module... sessionModules) {
        return new ServerModule().configureDiagramModule(new LogicModelDiagramModule(), sessionModules)
                .configureDiagramModule(new StructureDiagramModule(), sessionModules);
    }
}
