package org.framewright.diagram.server.logicmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.framewright.diagram.server.DiagramTypes;
import org.framewright.diagram.server.FramewrightDiagramConfiguration;
import org.framewright.model.LogicElementKind;

/** Logic model: boxes can be moved and deleted (not resized), lanes cannot; leads-to links join any two boxes. */
public class LogicModelDiagramConfiguration extends FramewrightDiagramConfiguration {

    @Override
    public Map<String, EClass> getTypeMappings() {
        return LogicModelTypes.typeMappings();
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        List<ShapeTypeHint> hints = new ArrayList<>();
        for (LogicElementKind kind : LogicElementKind.VALUES) {
            // an indicator from the palette is dropped on the element it measures
            hints.add(new ShapeTypeHint(LogicModelTypes.element(kind), true, true, false, false,
                    List.of(DiagramTypes.INDICATOR_BADGE)));
        }
        hints.add(new ShapeTypeHint(LogicModelTypes.LANE, false, false, false, false));
        return hints;
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        List<String> boxes = LogicElementKind.VALUES.stream().map(LogicModelTypes::element).toList();
        return List.of(new EdgeTypeHint(LogicModelTypes.LEADS_TO, false, true, false, boxes, boxes));
    }
}
