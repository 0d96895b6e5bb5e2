package org.framewright.diagram.server.logicmodel;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.framewright.diagram.server.operations.CreateNodeCommands;
import org.framewright.diagram.server.operations.FramewrightOperationHandler;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.LogicElement;
import org.framewright.model.LogicElementKind;
import org.framewright.model.LogicModel;

/**
 * Creates a logic element of the kind named by the element type ({@code node:logic-element:<kind>}) in the shown
 * logic model, named "New &lt;kind&gt;", placed where it was dropped (if anywhere).
 */
public class CreateLogicElementHandler extends FramewrightOperationHandler<CreateNodeOperation>
        implements CreateOperationHandler<CreateNodeOperation> {

    @Override
    public List<String> getHandledElementTypeIds() {
        return LogicElementKind.VALUES.stream().map(LogicModelTypes::element).toList();
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        LogicElementKind kind = LogicModelTypes.kindOf(operation.getElementTypeId());
        Optional<LogicModel> logicModel = element(state().shownElementId(), LogicModel.class);
        if (kind == null || logicModel.isEmpty()) {
            return doNothing();
        }
        LogicElement element = FrameworkFactory.eINSTANCE.createLogicElement();
        element.setId(CreateNodeCommands.freshId(state().framework().eResource(), logicModel.get().getId() + "-el-"));
        element.setKind(kind);
        element.setName("New " + kind.getLiteral());
        String label = "Create " + kind.getLiteral();
        Command add = AddCommand.create(domain(), logicModel.get(), FrameworkPackage.Literals.LOGIC_MODEL__ELEMENTS,
                element);
        return executable(CreateNodeCommands.addAndPlace(label, add, state(), element.getId(),
                operation.getLocation().orElse(null)));
    }

    @Override
    public String getLabel() {
        return "Create logic element";
    }
}
