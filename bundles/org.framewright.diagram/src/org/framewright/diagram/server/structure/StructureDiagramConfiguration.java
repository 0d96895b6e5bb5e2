package org.framewright.diagram.server.structure;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.framewright.diagram.server.FramewrightDiagramConfiguration;

/** Structure: every node can be moved; areas, statements and groups deleted; groups connect to areas. */
public class StructureDiagramConfiguration extends FramewrightDiagramConfiguration {

    @Override
    public Map<String, EClass> getTypeMappings() {
        return StructureTypes.typeMappings();
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        // a statement is dropped on the area it belongs to
        return List.of(new ShapeTypeHint(StructureTypes.AREA, true, true, false, false,
                List.of(StructureTypes.STATEMENT)),
                new ShapeTypeHint(StructureTypes.STATEMENT, true, true, false, false),
                new ShapeTypeHint(StructureTypes.INDICATOR, true, false, false, false),
                new ShapeTypeHint(StructureTypes.EVIDENCE_ITEM, true, true, false, false),
                new ShapeTypeHint(StructureTypes.CLASSIFICATION_GROUP, true, true, false, false));
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        return List.of(new EdgeTypeHint(StructureTypes.CONTAINS, false, false, false, List.of(), List.of()),
                new EdgeTypeHint(StructureTypes.CLASSIFIES, false, true, false,
                        List.of(StructureTypes.CLASSIFICATION_GROUP), List.of(StructureTypes.AREA)));
    }
}
