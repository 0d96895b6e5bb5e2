package org.framewright.diagram.types;

import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.framewright.diagram.server.FramewrightDiagramModule;

/**
 * The GLSP module of a diagram type contributed with a {@code gmodelFactory} and no {@code module}: what every
 * Framewright diagram shares (document, undo, filters, move, arrange all), the contributed factory and palette, and
 * the read-only {@link ContributedDiagramConfiguration}.
 */
public class ContributedDiagramModule extends FramewrightDiagramModule {

    private final String diagramType;
    private final Class<? extends GModelFactory> gmodelFactory;
    private final Class<? extends ToolPaletteItemProvider> palette;

    /** The module of diagram type {@code diagramType}; {@code palette} null for GLSP's default (empty) palette. */
    public ContributedDiagramModule(String diagramType, Class<? extends GModelFactory> gmodelFactory,
            Class<? extends ToolPaletteItemProvider> palette) {
        this.diagramType = diagramType;
        this.gmodelFactory = gmodelFactory;
        this.palette = palette;
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return ContributedDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return gmodelFactory;
    }

    @Override
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return palette != null ? palette : super.bindToolPaletteItemProvider();
    }

    @Override
    public String getDiagramType() {
        return diagramType;
    }
}
