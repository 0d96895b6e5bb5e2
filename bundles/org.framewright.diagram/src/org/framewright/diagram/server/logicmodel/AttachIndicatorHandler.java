package org.framewright.diagram.server.logicmodel;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.framewright.diagram.server.DiagramTypes;
import org.framewright.diagram.server.operations.FramewrightOperationHandler;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;
import org.framewright.model.LogicElement;

/**
 * The palette's Indicators section: an indicator (argument {@value #INDICATOR_ARGUMENT}) dropped on a logic element
 * is attached to it (a badge on its box); dropped elsewhere, or on an element that has it already, nothing happens.
 */
public class AttachIndicatorHandler extends FramewrightOperationHandler<CreateNodeOperation>
        implements CreateOperationHandler<CreateNodeOperation> {

    /** The argument of the create operation naming the indicator's id. */
    public static final String INDICATOR_ARGUMENT = "indicator";

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(DiagramTypes.INDICATOR_BADGE);
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        Optional<LogicElement> element = element(operation.getContainerId(), LogicElement.class);
        Optional<Indicator> indicator = element(operation.getArgs() == null ? null
                : operation.getArgs().get(INDICATOR_ARGUMENT), Indicator.class);
        if (element.isEmpty() || indicator.isEmpty() || element.get().getIndicators().contains(indicator.get())) {
            return doNothing();
        }
        return executable(AddCommand.create(domain(), element.get(),
                FrameworkPackage.Literals.LOGIC_ELEMENT__INDICATORS, indicator.get()));
    }

    @Override
    public String getLabel() {
        return "Attach indicator";
    }
}
