package org.framewright.diagram.server.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.framewright.diagram.server.DiagramSession;
import org.framewright.diagram.server.filter.DiagramFilter;
import org.framewright.diagram.server.filter.ToggleFilterAction;
import org.framewright.model.Area;
import org.framewright.model.Classification;
import org.framewright.model.ClassificationGroup;
import org.framewright.model.Framework;
import org.framewright.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The structure diagram: the area tree with statements and indicators, the classification layer, drill-down. */
class StructureDiagramTest {

    @TempDir
    Path folder;

    @Test
    void areasStatementsAndIndicatorsFormATreeTopDown() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample("adass-2020-option-two.framework", folder, null)) {
            Framework framework = diagram.state().framework();
            Set<String> indicators = new HashSet<>();
            int areas = 0;
            int statements = 0;
            for (Area area : (Iterable<Area>) org.framewright.diagram.server.logicmodel.LogicModelGModelFactoryTest
                    .allAreas(framework)::iterator) {
                areas++;
                statements += area.getStatements().size();
                area.getIndicators().forEach(indicator -> indicators.add(indicator.getId()));
                for (Statement statement : area.getStatements()) {
                    GEdge edge = (GEdge) diagram.element("contains_" + area.getId() + "_" + statement.getId());
                    GNode parent = (GNode) diagram.element(edge.getSourceId());
                    GNode child = (GNode) diagram.element(edge.getTargetId());
                    assertTrue(child.getPosition().getY() > parent.getPosition().getY(), "top down");
                }
                if (area.getLogicModel() != null) {
                    assertEquals(area.getLogicModel().getId(), diagram.element(area.getId()).getArgs()
                            .get(StructureTypes.LOGIC_MODEL_ARGUMENT), "drill-down target on the area node");
                    assertEquals(area.getLogicModel(), DrillDown.logicModelOf(area).orElseThrow());
                }
            }
            assertEquals(areas, diagram.nodes(StructureTypes.AREA).size());
            assertEquals(statements, diagram.nodes(StructureTypes.STATEMENT).size());
            assertEquals(indicators.size(), diagram.nodes(StructureTypes.INDICATOR).size());
            assertTrue(statements > 0 && indicators.size() > 0);

            diagram.dispatch(new ToggleFilterAction(DiagramFilter.HIDE_INDICATORS, true));
            assertEquals(0, diagram.nodes(StructureTypes.INDICATOR).size());
        }
    }

    @Test
    void classificationLayerShowsKeyQuestionsLinkedToTheirAreas() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample("cqc-la-2023.framework", folder, null)) {
            assertEquals(0, diagram.nodes(StructureTypes.CLASSIFICATION_GROUP).size(), "layer off by default");
            diagram.dispatch(new ToggleFilterAction(DiagramFilter.SHOW_CLASSIFICATIONS, true));
            int groups = 0;
            for (Classification classification : diagram.state().framework().getClassifications()) {
                for (ClassificationGroup group : classification.getGroups()) {
                    groups++;
                    for (Area member : group.getMembers()) {
                        GEdge edge = (GEdge) diagram.element("classifies_" + group.getId() + "_" + member.getId());
                        assertEquals(StructureTypes.CLASSIFIES, edge.getType());
                    }
                }
            }
            assertTrue(groups > 0);
            assertEquals(groups, diagram.nodes(StructureTypes.CLASSIFICATION_GROUP).size());
        }
    }

    @Test
    void createConnectAndDeleteAreVisibleAndUndoable() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample("cqc-la-2023.framework", folder, null)) {
            Framework framework = diagram.state().framework();
            int areas = framework.getAreas().size();
            diagram.dispatch(new CreateNodeOperation(StructureTypes.AREA));
            assertEquals(areas + 1, framework.getAreas().size());
            Area created = framework.getAreas().get(areas);
            assertEquals("New area", created.getName());
            assertTrue(diagram.state().getIndex().get(created.getId()).isPresent());

            diagram.dispatch(new ToggleFilterAction(DiagramFilter.SHOW_CLASSIFICATIONS, true));
            ClassificationGroup group = framework.getClassifications().get(0).getGroups().get(0);
            diagram.dispatch(new CreateEdgeOperation(StructureTypes.CLASSIFIES, group.getId(), created.getId()));
            assertTrue(group.getMembers().contains(created));
            String edgeId = "classifies_" + group.getId() + "_" + created.getId();
            assertTrue(diagram.state().getIndex().get(edgeId).isPresent());

            diagram.dispatch(new DeleteOperation(List.of(edgeId)));
            assertFalse(group.getMembers().contains(created), "deleting the link removes the membership only");
            assertTrue(framework.getAreas().contains(created));

            diagram.dispatch(new DeleteOperation(List.of(created.getId())));
            assertEquals(areas, framework.getAreas().size());
            diagram.dispatch(new UndoAction());
            assertEquals(areas + 1, framework.getAreas().size());
        }
    }
}
