package org.framewright.diagram.server.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.framewright.diagram.server.DiagramSession;
import org.framewright.diagram.server.filter.DiagramFilter;
import org.framewright.diagram.server.layout.DiagramKey;
import org.framewright.model.Area;
import org.framewright.model.ClassificationGroup;
import org.framewright.model.Framework;
import org.framewright.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The structure palette's element tools: a statement dropped on an area, a classification group. */
class StructurePaletteTest {

    @TempDir
    Path folder;

    @Test
    void aStatementDroppedOnAnAreaBelongsToIt() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample("adass-2020-option-two.framework", folder, null)) {
            Area area = (Area) diagram.state().framework().eResource().getEObject("CA2");
            int statements = area.getStatements().size();
            diagram.dispatch(new CreateNodeOperation(StructureTypes.STATEMENT, GraphUtil.point(10, 10), "CA2"));
            assertEquals(statements + 1, area.getStatements().size());
            Statement created = area.getStatements().get(statements);
            assertTrue(diagram.state().getIndex().get(created.getId()).isPresent(), "the statement is drawn");

            diagram.dispatch(new CreateNodeOperation(StructureTypes.STATEMENT, GraphUtil.point(10, 10), null));
            assertEquals(statements + 1, area.getStatements().size(), "dropped on no area: nothing");
        }
    }

    @Test
    void aClassificationGroupIsCreatedAndItsLayerShown() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample("adass-2020-option-two.framework", folder, null)) {
            Framework framework = diagram.state().framework();
            diagram.dispatch(new CreateNodeOperation(StructureTypes.CLASSIFICATION_GROUP, GraphUtil.point(500, 40),
                    null));
            ClassificationGroup group = framework.getClassifications().get(0).getGroups()
                    .get(framework.getClassifications().get(0).getGroups().size() - 1);
            assertEquals("New group", group.getName());
            assertTrue(diagram.state().filters().contains(DiagramFilter.SHOW_CLASSIFICATIONS));
            assertTrue(diagram.state().getIndex().get(group.getId()).isPresent(), "the group is drawn");
            assertEquals(500, diagram.state().layout().position(DiagramKey.STRUCTURE, group.getId()).orElseThrow().x());
        }
    }
}
