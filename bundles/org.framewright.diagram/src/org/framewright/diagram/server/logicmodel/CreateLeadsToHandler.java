package org.framewright.diagram.server.logicmodel;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.framewright.diagram.server.operations.CreateNodeCommands;
import org.framewright.diagram.server.operations.FramewrightOperationHandler;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.LeadsTo;
import org.framewright.model.LogicElement;
import org.framewright.model.LogicModel;

/** Connects two elements of the shown logic model with a leads-to link (not to itself, not twice). */
public class CreateLeadsToHandler extends FramewrightOperationHandler<CreateEdgeOperation>
        implements CreateOperationHandler<CreateEdgeOperation> {

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(LogicModelTypes.LEADS_TO);
    }

    @Override
    public Optional<Command> createCommand(CreateEdgeOperation operation) {
        Optional<LogicModel> logicModel = element(state().shownElementId(), LogicModel.class);
        Optional<LogicElement> source = element(operation.getSourceElementId(), LogicElement.class);
        Optional<LogicElement> target = element(operation.getTargetElementId(), LogicElement.class);
        if (logicModel.isEmpty() || source.isEmpty() || target.isEmpty() || source.get() == target.get()
                || source.get().eContainer() != logicModel.get() || target.get().eContainer() != logicModel.get()
                || logicModel.get().getLinks().stream()
                        .anyMatch(link -> link.getSource() == source.get() && link.getTarget() == target.get())) {
            return doNothing();
        }
        LeadsTo link = FrameworkFactory.eINSTANCE.createLeadsTo();
        link.setId(CreateNodeCommands.freshId(state().framework().eResource(), logicModel.get().getId() + "-lk-"));
        link.setName("If " + source.get().getId() + " then " + target.get().getId());
        link.setSource(source.get());
        link.setTarget(target.get());
        Command add = AddCommand.create(domain(), logicModel.get(), FrameworkPackage.Literals.LOGIC_MODEL__LINKS, link);
        return executable(add);
    }

    @Override
    public String getLabel() {
        return "Connect";
    }
}
