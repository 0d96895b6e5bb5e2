package org.framewright.diagram.server.logicmodel;

import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.framewright.diagram.server.FramewrightDiagramModule;

/** The logic model diagram: configuration, GModel factory, palette, create/connect/delete of elements and links. */
public class LogicModelDiagramModule extends FramewrightDiagramModule {

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return LogicModelDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return LogicModelGModelFactory.class;
    }

    @Override
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return LogicModelToolPaletteItemProvider.class;
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        super.configureOperationHandlers(binding);
        binding.add(CreateLogicElementHandler.class);
        binding.add(CreateLeadsToHandler.class);
        binding.add(DeleteLogicElementsOperationHandler.class);
        binding.add(AttachIndicatorHandler.class);
    }

    @Override
    public String getDiagramType() {
        return LogicModelTypes.DIAGRAM_TYPE;
    }
}
