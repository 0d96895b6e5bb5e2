package org.framewright.diagram.server.logicmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.features.undoredo.RedoAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;
import org.eclipse.glsp.server.operations.CompoundOperation;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.eclipse.glsp.server.types.ElementAndRoutingPoints;
import org.framewright.diagram.server.DiagramSession;
import org.framewright.diagram.server.DiagramTypes;
import org.framewright.diagram.server.layout.DiagramKey;
import org.framewright.diagram.server.layout.DiagramLayout;
import org.framewright.diagram.server.layout.DiagramLayoutFile;
import org.framewright.model.Area;
import org.framewright.model.Indicator;
import org.framewright.model.LeadsTo;
import org.framewright.model.LogicElement;
import org.framewright.model.LogicElementKind;
import org.framewright.model.LogicModel;
import org.framewright.model.resource.FrameworkFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every logic model edit through GLSP (create, connect, rename, delete, move, arrange all) is one command on the
 * document's command stack, shows in the GModel, undoes and redoes, and saves (positions into the layout file only).
 */
class LogicModelOperationsTest {

    private static final String OPTION_TWO = LogicModelGModelFactoryTest.OPTION_TWO;

    @TempDir
    Path folder;

    private static BasicCommandStack stack(DiagramSession diagram) {
        return (BasicCommandStack) diagram.state().document().commandStack();
    }

    private static LogicModel logicModel(DiagramSession diagram) {
        return (LogicModel) diagram.state().semanticElement("CA1-LM").orElseThrow();
    }

    @Test
    void createAddsOneElementOfTheKindAsOneUndoableCommandPlacedWhereDropped() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample(OPTION_TWO, folder, "CA1-LM")) {
            int before = logicModel(diagram).getElements().size();
            diagram.dispatch(new CreateNodeOperation(LogicModelTypes.element(LogicElementKind.ACTIVITY),
                    GraphUtil.point(300, 500)));

            assertEquals(before + 1, logicModel(diagram).getElements().size());
            LogicElement created = logicModel(diagram).getElements().get(before);
            assertEquals(LogicElementKind.ACTIVITY, created.getKind());
            assertEquals("New Activity", created.getName());
            assertEquals("CA1-LM-el-1", created.getId());
            GNode box = (GNode) diagram.element(created.getId());
            assertEquals(LogicModelTypes.element(LogicElementKind.ACTIVITY), box.getType());
            assertEquals(300, box.getPosition().getX());
            assertEquals(500, box.getPosition().getY());
            assertEquals("Create Activity", stack(diagram).getUndoCommand().getLabel());
            assertTrue(diagram.state().isDirty());

            diagram.dispatch(new UndoAction());
            assertEquals(before, logicModel(diagram).getElements().size());
            assertFalse(diagram.state().getIndex().get(created.getId()).isPresent());
            assertTrue(diagram.state().layout().positions(DiagramKey.logicModel("CA1-LM")).isEmpty());
            assertFalse(diagram.state().isDirty());

            diagram.dispatch(new RedoAction());
            assertEquals(before + 1, logicModel(diagram).getElements().size());
            assertTrue(diagram.state().getIndex().get(created.getId()).isPresent());
        }
    }

    @Test
    void connectAddsALeadsToLinkOnceAndNeverALoop() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample(OPTION_TWO, folder, "CA1-LM")) {
            int before = logicModel(diagram).getLinks().size();
            diagram.dispatch(new CreateEdgeOperation(LogicModelTypes.LEADS_TO, "CA1-el-C29", "CA1-el-A01b"));
            assertEquals(before + 1, logicModel(diagram).getLinks().size());
            LeadsTo link = logicModel(diagram).getLinks().get(before);
            assertEquals("CA1-el-C29", link.getSource().getId());
            assertEquals("CA1-el-A01b", link.getTarget().getId());
            assertNotNull(diagram.state().getIndex().get(link.getId()).orElse(null));

            diagram.dispatch(new CreateEdgeOperation(LogicModelTypes.LEADS_TO, "CA1-el-C29", "CA1-el-A01b"));
            diagram.dispatch(new CreateEdgeOperation(LogicModelTypes.LEADS_TO, "CA1-el-C29", "CA1-el-C29"));
            assertEquals(before + 1, logicModel(diagram).getLinks().size(), "no duplicate, no loop");

            diagram.dispatch(new UndoAction());
            assertEquals(before, logicModel(diagram).getLinks().size());
        }
    }

    @Test
    void renameSetsTheNameFromTheEditedLabel() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample(OPTION_TWO, folder, "CA1-LM")) {
            diagram.dispatch(new ApplyLabelEditOperation("CA1-el-E13_name", "  Hip fractures, 65+  "));
            LogicElement element = (LogicElement) diagram.state().semanticElement("CA1-el-E13").orElseThrow();
            assertEquals("Hip fractures, 65+", element.getName());
            assertEquals("Hip fractures, 65+", ((GLabel) diagram.element("CA1-el-E13_name")).getText());
            diagram.dispatch(new UndoAction());
            assertEquals("E13 - Hip fractures in people aged 65 and over", element.getName());
        }
    }

    @Test
    void deleteRemovesTheElementAndEveryLinkTouchingIt() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample(OPTION_TWO, folder, "CA1-LM")) {
            LogicModel logicModel = logicModel(diagram);
            int elements = logicModel.getElements().size();
            int links = logicModel.getLinks().size();
            long touching = logicModel.getLinks().stream().filter(l -> l.getSource().getId().equals("CA1-el-A01b")
                    || l.getTarget().getId().equals("CA1-el-A01b")).count();
            assertTrue(touching > 0);
            diagram.dispatch(new DeleteOperation(List.of("CA1-el-A01b")));
            assertEquals(elements - 1, logicModel.getElements().size());
            assertEquals(links - touching, logicModel.getLinks().size());
            assertTrue(logicModel.getLinks().stream().allMatch(l -> l.getSource() != null && l.getTarget() != null));
            assertFalse(diagram.state().getIndex().get("CA1-el-A01b").isPresent());

            diagram.dispatch(new UndoAction());
            assertEquals(elements, logicModel.getElements().size());
            assertEquals(links, logicModel.getLinks().size());
            assertTrue(logicModel.getLinks().stream().allMatch(l -> l.getSource() != null && l.getTarget() != null));
            assertFalse(stack(diagram).canUndo(), "the delete was one command");
        }
    }

    @Test
    void moveKeepsThePositionInTheLayoutFileNotInTheModelAndArrangeAllForgetsIt() throws Exception {
        Path file;
        try (DiagramSession diagram = DiagramSession.openSample(OPTION_TWO, folder, "CA1-LM")) {
            file = diagram.file();
            String modelBefore = Files.readString(file);
            ElementAndBounds bounds = new ElementAndBounds();
            bounds.setElementId("CA1-el-AP");
            bounds.setNewPosition(GraphUtil.point(1234, 567));
            diagram.dispatch(new ChangeBoundsOperation(List.of(bounds)));
            GNode box = (GNode) diagram.element("CA1-el-AP");
            assertEquals(1234, box.getPosition().getX());
            assertEquals(567, box.getPosition().getY());
            assertTrue(diagram.state().isDirty());

            diagram.dispatch(new SaveModelAction());
            assertFalse(diagram.state().isDirty());
            assertEquals(modelBefore, Files.readString(file), "positions never go into the semantic model");
            DiagramLayout saved = DiagramLayoutFile.read(file);
            assertEquals(new DiagramLayout.Position(1234, 567),
                    saved.position(DiagramKey.logicModel("CA1-LM"), "CA1-el-AP").orElseThrow());

            diagram.dispatch(new LayoutOperation());
            assertTrue(diagram.state().layout().positions(DiagramKey.logicModel("CA1-LM")).isEmpty());
            diagram.dispatch(new UndoAction());
            assertEquals(1, diagram.state().layout().positions(DiagramKey.logicModel("CA1-LM")).size());
        }
        try (DiagramSession reopened = DiagramSession.open(file, "CA1-LM")) {
            GNode box = (GNode) reopened.element("CA1-el-AP");
            assertEquals(1234, box.getPosition().getX(), "the kept position is used when the diagram opens again");
        }
    }

    @Test
    void aMouseMoveOfANeverMovedBoxUndoesToWhereItWasDrawn() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample(OPTION_TWO, folder, "CA1-LM")) {
            Map<String, GPoint> before = boxPositions(diagram);
            GPoint drawn = before.get("CA1-el-E13");
            ElementAndBounds bounds = new ElementAndBounds();
            bounds.setElementId("CA1-el-E13");
            bounds.setNewPosition(GraphUtil.point(drawn.getX() + 90, drawn.getY() + 60));
            ElementAndRoutingPoints route = new ElementAndRoutingPoints("CA1-lk-5", List.of(GraphUtil.point(1, 2)));
            // what GLSP's move tool sends at the end of a drag: the bounds and the routes of the box's edges together
            CompoundOperation dragged = new CompoundOperation();
            dragged.setOperationList(List.of(new ChangeBoundsOperation(List.of(bounds)),
                    new ChangeRoutingPointsOperation(List.of(route))));
            diagram.dispatch(dragged);
            assertSamePlace(GraphUtil.point(drawn.getX() + 90, drawn.getY() + 60),
                    boxPositions(diagram).get("CA1-el-E13"), "the box moved");
            assertTrue(diagram.state().isDirty());

            diagram.dispatch(new UndoAction());
            before.forEach((id, p) -> assertSamePlace(p, boxPositions(diagram).get(id), "after undo, " + id));
            assertFalse(diagram.state().isDirty());

            diagram.dispatch(new RedoAction());
            assertSamePlace(GraphUtil.point(drawn.getX() + 90, drawn.getY() + 60),
                    boxPositions(diagram).get("CA1-el-E13"), "redo moves it again");
            diagram.dispatch(new LayoutOperation());
            diagram.dispatch(new UndoAction());
            assertSamePlace(GraphUtil.point(drawn.getX() + 90, drawn.getY() + 60),
                    boxPositions(diagram).get("CA1-el-E13"), "undoing arrange all puts the moved box back");
            before.keySet().stream().filter(id -> !id.equals("CA1-el-E13")).forEach(id -> assertSamePlace(
                    before.get(id), boxPositions(diagram).get(id), "undoing arrange all puts back " + id));
        }
    }

    @Test
    void creatingMovingAndDeletingOneBoxNeverMovesTheOthers() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample(OPTION_TWO, folder, "CA1-LM")) {
            Map<String, GPoint> before = boxPositions(diagram);
            diagram.dispatch(new CreateNodeOperation(LogicModelTypes.element(LogicElementKind.OUTPUT)));
            Map<String, GPoint> afterCreate = boxPositions(diagram);
            assertEquals(before.size() + 1, afterCreate.size());
            before.forEach((id, p) -> assertSamePlace(p, afterCreate.get(id), "create moved " + id));
            String created = afterCreate.keySet().stream().filter(id -> !before.containsKey(id)).findFirst()
                    .orElseThrow();
            GPoint placed = afterCreate.get(created);
            for (Map.Entry<String, GPoint> other : before.entrySet()) {
                GNode box = (GNode) diagram.element(other.getKey());
                GNode fresh = (GNode) diagram.element(created);
                boolean apart = placed.getY() >= other.getValue().getY() + box.getSize().getHeight()
                        || other.getValue().getY() >= placed.getY() + fresh.getSize().getHeight()
                        || placed.getX() >= other.getValue().getX() + box.getSize().getWidth()
                        || other.getValue().getX() >= placed.getX() + fresh.getSize().getWidth();
                assertTrue(apart, "the new box overlaps " + other.getKey());
            }

            ElementAndBounds bounds = new ElementAndBounds();
            bounds.setElementId(created);
            bounds.setNewPosition(GraphUtil.point(placed.getX(), placed.getY() + 300));
            diagram.dispatch(new ChangeBoundsOperation(List.of(bounds)));
            before.forEach((id, p) -> assertSamePlace(p, boxPositions(diagram).get(id), "move moved " + id));

            diagram.dispatch(new DeleteOperation(List.of("CA1-el-E13")));
            Map<String, GPoint> afterDelete = boxPositions(diagram);
            before.keySet().stream().filter(id -> !id.equals("CA1-el-E13"))
                    .forEach(id -> assertSamePlace(before.get(id), afterDelete.get(id), "delete moved " + id));

            diagram.dispatch(new LayoutOperation());
            assertTrue(diagram.state().layout().positions(DiagramKey.logicModel("CA1-LM")).isEmpty(),
                    "arrange all forgets the moved box's place");
        }
    }

    @Test
    void anIndicatorDroppedOnAnElementIsAttachedToIt() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample(OPTION_TWO, folder, "CA1-LM")) {
            LogicElement e13 = (LogicElement) diagram.state().framework().eResource().getEObject("CA1-el-E13");
            Area area = (Area) e13.eContainer().eContainer();
            Indicator indicator = area.getIndicators().stream().filter(i -> !e13.getIndicators().contains(i))
                    .findFirst().orElseThrow();
            diagram.dispatch(new CreateNodeOperation(DiagramTypes.INDICATOR_BADGE, GraphUtil.point(0, 0),
                    "CA1-el-E13", Map.of(AttachIndicatorHandler.INDICATOR_ARGUMENT, indicator.getId())));
            assertTrue(e13.getIndicators().contains(indicator));
            assertTrue(diagram.state().getIndex().get("CA1-el-E13_ind_" + indicator.getId()).isPresent(),
                    "the badge is drawn");
            int attached = e13.getIndicators().size();
            diagram.dispatch(new CreateNodeOperation(DiagramTypes.INDICATOR_BADGE, GraphUtil.point(0, 0),
                    "CA1-el-E13", Map.of(AttachIndicatorHandler.INDICATOR_ARGUMENT, indicator.getId())));
            assertEquals(attached, e13.getIndicators().size(), "never twice");
        }
    }

    private static Map<String, GPoint> boxPositions(DiagramSession diagram) {
        Map<String, GPoint> positions = new TreeMap<>();
        for (LogicElementKind kind : LogicElementKind.VALUES) {
            for (GNode node : diagram.nodes(LogicModelTypes.element(kind))) {
                positions.put(node.getId(), GraphUtil.point(node.getPosition().getX(), node.getPosition().getY()));
            }
        }
        return positions;
    }

    private static void assertSamePlace(GPoint expected, GPoint actual, String message) {
        assertEquals(expected.getX(), actual.getX(), 0.001, message);
        assertEquals(expected.getY(), actual.getY(), 0.001, message);
    }

    @Test
    void savedEditsAreInTheModelFile() throws Exception {
        Path file;
        try (DiagramSession diagram = DiagramSession.openSample(OPTION_TWO, folder, "CA1-LM")) {
            file = diagram.file();
            diagram.dispatch(new CreateNodeOperation(LogicModelTypes.element(LogicElementKind.IMPACT)));
            diagram.dispatch(new SaveModelAction());
        }
        LogicModel reloaded = (LogicModel) FrameworkFiles.loadFramework(file).eResource().getEObject("CA1-LM");
        LogicElement impact = reloaded.getElements().get(reloaded.getElements().size() - 1);
        assertEquals(LogicElementKind.IMPACT, impact.getKind());
        assertNull(DiagramLayoutFile.read(file).position(DiagramKey.logicModel("CA1-LM"), impact.getId()).orElse(null),
                "created without a drop location: laid out automatically");
    }
}
