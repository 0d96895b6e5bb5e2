package org.framewright.diagram.server;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.gmodel.GModelCutOperationHandler;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.LayoutOperationHandler;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.framewright.diagram.server.export.ExportDiagramActionHandler;
import org.framewright.diagram.server.filter.ToggleFilterActionHandler;
import org.framewright.diagram.server.model.CommandStackRefresher;
import org.framewright.diagram.server.model.FramewrightModelState;
import org.framewright.diagram.server.model.FramewrightSourceModelStorage;
import org.framewright.diagram.server.model.RefreshDiagramActionHandler;
import org.framewright.diagram.server.operations.ArrangeAllOperationHandler;
import org.framewright.diagram.server.operations.IgnoreRoutingPointsOperationHandler;
import org.framewright.diagram.server.operations.MoveNodesOperationHandler;
import org.framewright.diagram.server.operations.RenameElementOperationHandler;
import org.framewright.diagram.server.share.ReportSelectionActionHandler;

import com.google.inject.Singleton;

/**
 * What every Framewright diagram shares: EMF-backed session state on the document's shared command stack, storage
 * through the document provider, filters, refresh on outside changes, rename, move and arrange all. Diagrams add
 * their configuration, GModel factory, palette and create/delete/connect handlers.
 */
public abstract class FramewrightDiagramModule extends DiagramModule {

    @Override
    protected void configureBase() {
        super.configureBase();
        bind(CommandStackRefresher.class).in(Singleton.class);
    }

    @Override
    protected Class<? extends GModelState> bindGModelState() {
        return FramewrightModelState.class;
    }

    @Override
    protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
        return FramewrightSourceModelStorage.class;
    }

    @Override
    protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
        super.configureActionHandlers(binding);
        binding.add(ToggleFilterActionHandler.class);
        binding.add(RefreshDiagramActionHandler.class);
        binding.add(ExportDiagramActionHandler.class);
        binding.add(ReportSelectionActionHandler.class);
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        super.configureOperationHandlers(binding);
        binding.remove(GModelCutOperationHandler.class);
        binding.rebind(LayoutOperationHandler.class, ArrangeAllOperationHandler.class);
        binding.add(RenameElementOperationHandler.class);
        binding.add(MoveNodesOperationHandler.class);
        binding.add(IgnoreRoutingPointsOperationHandler.class);
    }
}
