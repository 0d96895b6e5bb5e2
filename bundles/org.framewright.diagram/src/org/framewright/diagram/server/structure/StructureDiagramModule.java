package org.framewright.diagram.server.structure;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.framewright.diagram.server.FramewrightDiagramModule;

/** The framework structure diagram: areas, statements, indicators; classifications as a layer. */
public class StructureDiagramModule extends FramewrightDiagramModule {

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return StructureDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return StructureGModelFactory.class;
    }

    @Override
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return StructureToolPaletteItemProvider.class;
    }

    @Override
    protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
        super.configureActionHandlers(binding);
        binding.add(CollapseActionHandler.class);
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        super.configureOperationHandlers(binding);
        binding.add(CreateAreaHandler.class);
        binding.add(CreateStatementHandler.class);
        binding.add(CreateClassificationGroupHandler.class);
        binding.add(CreateClassifiesHandler.class);
        binding.add(DeleteStructureElementsOperationHandler.class);
    }

    @Override
    public String getDiagramType() {
        return StructureTypes.DIAGRAM_TYPE;
    }
}
