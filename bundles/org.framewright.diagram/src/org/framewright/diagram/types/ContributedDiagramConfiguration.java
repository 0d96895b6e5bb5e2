package org.framewright.diagram.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.framewright.diagram.server.FramewrightDiagramConfiguration;
import org.framewright.diagram.server.logicmodel.LogicModelTypes;
import org.framewright.diagram.server.structure.StructureTypes;

/**
 * The configuration of a read-only contributed diagram: the node and edge types of Framewright's own diagrams (the web
 * client draws exactly those), every node movable, nothing created, deleted or connected.
 */
public class ContributedDiagramConfiguration extends FramewrightDiagramConfiguration {

    @Override
    public Map<String, EClass> getTypeMappings() {
        Map<String, EClass> mappings = StructureTypes.typeMappings();
        mappings.putAll(LogicModelTypes.typeMappings());
        return mappings;
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        List<ShapeTypeHint> hints = new ArrayList<>();
        getTypeMappings().forEach((type, eClass) -> {
            if (eClass == GraphPackage.Literals.GNODE && type.startsWith("node:") && !type.equals(LogicModelTypes.LANE)) {
                hints.add(new ShapeTypeHint(type, true, false, false, false));
            }
        });
        return hints;
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        return List.of();
    }
}
