package org.framewright.diagram.server.structure;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.framewright.model.Area;
import org.framewright.model.LogicModel;
import org.framewright.model.Statement;

/** Drill-down from a structure node to the logic model to open: an area's own, or a statement's area's. */
public final class DrillDown {

    private DrillDown() {
    }

    /** The logic model behind the element of a structure node, if there is one. */
    public static Optional<LogicModel> logicModelOf(EObject element) {
        if (element instanceof Statement && element.eContainer() instanceof Area area) {
            return Optional.ofNullable(area.getLogicModel());
        }
        return element instanceof Area area ? Optional.ofNullable(area.getLogicModel()) : Optional.empty();
    }
}
