package org.framewright.diagram.server.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.framewright.diagram.server.DiagramSession;
import org.framewright.diagram.server.layout.DiagramLayoutFile;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collapsing and expanding areas of the structure diagram of ADASS Option Two (111 indicators): the children of a
 * collapsed area are not drawn, every other node stays where it was, the state is one undoable edit kept in the
 * layout file, and Collapse All / Expand All work on every area with children.
 */
class CollapseAreasTest {

    private static final String SAMPLE = "adass-2020-option-two.framework";

    @TempDir
    Path folder;

    @Test
    void collapsingAnAreaHidesItsChildrenAndMovesNothingElse() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample(SAMPLE, folder, null)) {
            Area area1 = (Area) diagram.state().semanticElement("CA1").orElseThrow();
            Set<String> children = childIds(area1, diagram.state().framework());
            assertTrue(children.size() > 3, "area 1 has children: " + children);
            assertEquals(StructureTypes.EXPANDED, diagram.element("CA1").getArgs().get(StructureTypes.COLLAPSE_ARGUMENT));
            Map<String, String> before = positions(diagram);
            assertTrue(before.keySet().containsAll(children));

            diagram.dispatch(new CollapseAction(List.of("CA1"), true));

            Map<String, String> after = positions(diagram);
            Set<String> gone = new HashSet<>(before.keySet());
            gone.removeAll(after.keySet());
            assertEquals(children, gone, "exactly area 1's children are hidden");
            after.forEach((id, position) -> assertEquals(before.get(id), position, "collapsing moved " + id));
            assertEquals(StructureTypes.COLLAPSED, diagram.element("CA1").getArgs().get(StructureTypes.COLLAPSE_ARGUMENT));
            assertTrue(diagram.graph().getChildren().stream()
                    .noneMatch(edge -> edge instanceof GEdge link && children.contains(link.getTargetId())), "no link to a hidden child");

            diagram.dispatch(new UndoAction());
            assertEquals(before, positions(diagram), "undo shows the children again, where they were");

            diagram.dispatch(new CollapseAction(List.of("CA1"), true));
            diagram.dispatch(new CollapseAction(List.of("CA1"), false));
            assertEquals(before, positions(diagram), "expand shows the children again, where they were");
        }
    }

    @Test
    void theCollapsedAreasAreKeptInTheLayoutFileThroughSaveAndReopen() throws Exception {
        Path file;
        try (DiagramSession diagram = DiagramSession.openSample(SAMPLE, folder, null)) {
            file = diagram.file();
            diagram.dispatch(new CollapseAction(List.of("CA1", "CA2"), true));
            diagram.dispatch(new SaveModelAction());
        }
        String layout = Files.readString(DiagramLayoutFile.of(file));
        assertTrue(layout.contains("\"collapsed\"") && layout.contains("\"CA1\"") && layout.contains("\"CA2\""),
                layout);
        try (DiagramSession reopened = DiagramSession.open(file, null)) {
            Area area1 = (Area) reopened.state().semanticElement("CA1").orElseThrow();
            assertEquals(StructureTypes.COLLAPSED, reopened.element("CA1").getArgs().get(StructureTypes.COLLAPSE_ARGUMENT));
            assertTrue(reopened.state().getIndex().get(area1.getStatements().get(0).getId()).isEmpty(),
                    "area 1's statement is hidden after reopening");
            reopened.dispatch(new CollapseAction(List.of(), false));
            assertTrue(reopened.state().getIndex().get(area1.getStatements().get(0).getId()).isPresent(),
                    "Expand All shows it again");
            reopened.dispatch(new SaveModelAction());
        }
        Path after = DiagramLayoutFile.of(file);
        assertFalse(Files.exists(after) && Files.readString(after).contains("\"collapsed\""),
                "nothing collapsed is kept");
    }

    @Test
    void collapseAllLeavesTheTopLevelAreasOnly() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample(SAMPLE, folder, null)) {
            int total = diagram.nodes("node:").size();
            diagram.dispatch(new CollapseAction(List.of(), true));
            List<GNode> nodes = diagram.nodes("node:");
            assertEquals(diagram.state().framework().getAreas().size(), nodes.size(), "only the top-level areas");
            assertTrue(nodes.stream().allMatch(node -> node.getType().equals(StructureTypes.AREA)));
            diagram.dispatch(new CollapseAction(List.of(), false));
            assertEquals(total, diagram.nodes("node:").size());
        }
    }

    @Test
    void onlyAnAreaWithChildrenCollapses() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample(SAMPLE, folder, null)) {
            Indicator indicator = ((Area) diagram.state().semanticElement("CA1").orElseThrow()).getIndicators().get(0);
            try {
                diagram.dispatch(new CollapseAction(List.of(indicator.getId()), true));
            } catch (Exception expected) {
                // the dispatcher reports the handler's refusal
            }
            assertTrue(diagram.state().layout().collapsed(diagram.state().diagramKey()).isEmpty());
        }
    }

    /** The ids of the nodes drawn under {@code area} only (an indicator also reported elsewhere is not one). */
    private static Set<String> childIds(Area area, Framework framework) {
        Set<String> ids = new HashSet<>();
        for (Area child : StructureGModelFactory.allAreas(framework)) {
            if (child != area && isUnder(child, area)) {
                ids.add(child.getId());
            }
        }
        Set<String> elsewhere = new HashSet<>();
        for (Area other : StructureGModelFactory.allAreas(framework)) {
            if (!ids.contains(other.getId()) && other != area) {
                other.getIndicators().forEach(indicator -> elsewhere.add(indicator.getId()));
            }
        }
        for (Area shown : StructureGModelFactory.allAreas(framework)) {
            if (shown == area || ids.contains(shown.getId())) {
                shown.getStatements().forEach(statement -> ids.add(statement.getId()));
                shown.getIndicators().stream().filter(indicator -> !elsewhere.contains(indicator.getId()))
                        .forEach(indicator -> ids.add(indicator.getId()));
            }
        }
        return ids;
    }

    private static boolean isUnder(Area child, Area area) {
        for (Object parent = child.eContainer(); parent instanceof Area up; parent = up.eContainer()) {
            if (up == area) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> positions(DiagramSession diagram) {
        Map<String, String> positions = new HashMap<>();
        for (GNode node : diagram.nodes("node:")) {
            positions.put(node.getId(), node.getPosition().getX() + "," + node.getPosition().getY());
        }
        return positions;
    }
}
