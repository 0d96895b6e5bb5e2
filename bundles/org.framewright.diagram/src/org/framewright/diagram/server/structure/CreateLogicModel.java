package org.framewright.diagram.server.structure;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.framewright.model.Area;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.LogicModel;
import org.framewright.model.resource.IdAllocator;

/**
 * "Create Logic Model" on an area without one: an empty logic model named after the area, with a fresh id
 * ({@code <area id>-LM<n>}), as one undoable command. Its diagram is then the area's drill-down target.
 */
public final class CreateLogicModel {

    private CreateLogicModel() {
    }

    /** The command that gives {@code area} a new, empty logic model; null when it already has one. */
    public static Command command(EditingDomain domain, Area area) {
        if (area.getLogicModel() != null) {
            return null;
        }
        LogicModel logicModel = FrameworkFactory.eINSTANCE.createLogicModel();
        logicModel.setId(IdAllocator.freshId(area.eResource(), area.getId() + "-LM"));
        logicModel.setName("Logic model of " + area.getName());
        Command set = SetCommand.create(domain, area, FrameworkPackage.Literals.AREA__LOGIC_MODEL, logicModel);
        return set.canExecute() ? set : null;
    }
}
