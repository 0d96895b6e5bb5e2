package org.framewright.diagram.ui.editor;

import static org.framewright.diagram.ui.editor.DiagramWorkbench.capture;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.page;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.pointOf;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.pointerDrag;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.positions;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.processEvents;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.framewright.diagram.ui.editor.DiagramWorkbench.Point;
import org.framewright.model.LeadsTo;
import org.framewright.model.LogicModel;
import org.framewright.testing.ui.Person;
import org.framewright.testing.ui.Workbenches;
import org.framewright.ui.explorer.ModelExplorerView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The edges follow the server's orthogonal routes, as a person sees them: area 1's logic model of ADASS Option Two,
 * opened by a double-click on it under the file's Diagrams node in the Model Explorer, draws every link with
 * horizontal and vertical segments only, from its source's outline to its target's, through no box. A box dragged
 * with the real pointer has its links drawn straight while the button is down; once dropped the server routes them
 * again around the boxes where they now are, and no other box has moved. "Zoom to Fit" in the workbench's toolbar,
 * clicked with the dropped box still selected, shows the whole diagram again (not only the selection), every route
 * checked there. Read from the rendered page's DOM ({@link RenderedRoutes}); screenshots under target/screenshots/.
 */
class RoutesJourneyTest {

    private static final String NODE = "CA1-el-E13";
    private static final String BELOW = "CA1-el-C29";

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        processEvents(500);
    }

    @Test
    void edgesRunOrthogonallyAroundTheBoxesStraightWhileDraggedAndReroutedOnDrop() throws Exception {
        DiagramEditor editor = openFromDiagramsNode(Workbenches.freshSampleWithoutLayout(DiagramWorkbench.OPTION_TWO));
        Map<String, RenderedRoutes.Ends> ends = linkEnds(editor);
        List<String> attached = ends.entrySet().stream()
                .filter(e -> NODE.equals(e.getValue().source()) || NODE.equals(e.getValue().target()))
                .map(Map.Entry::getKey).toList();
        assertTrue(attached.size() >= 2, NODE + " has links: " + attached);
        RenderedRoutes opened = RenderedRoutes.of(editor);
        assertEquals(ends.size(), opened.edges().size(), "every link of the logic model is drawn at the opening fit");
        assertEquals(List.of(), opened.problems(ends), "the routes as opened");
        capture(editor.getSite().getShell(), "routes-opened.png");

        DiagramWorkbench.showAtFullSize(editor, NODE);
        Map<String, Point> before = positions(editor);
        RenderedRoutes atFullSize = RenderedRoutes.of(editor);
        RenderedRoutes.Box node = box(atFullSize, NODE);
        RenderedRoutes.Box below = box(atFullSize, BELOW);
        // down the Output lane, below C29: the way back to the inputs and on to the outcomes changes
        int dy = (int) Math.round(below.y() + below.h() + 40 - node.y());

        List<RenderedRoutes.Edge> duringDrag = new ArrayList<>();
        DiagramWorkbench.keyboardToActiveDiagram(); // the window under the pointer, as a window manager would raise it
        pointerDrag(editor.browser(), pointOf(editor, NODE, true), 0, dy,
                () -> duringDrag.addAll(RenderedRoutes.of(editor).edges(attached)));
        assertEquals(attached.size(), duringDrag.size(), "the dragged box's links are drawn while dragging: "
                + duringDrag);
        assertTrue(duringDrag.stream().allMatch(e -> e.points().size() == 2),
                "while dragging, the box's links are straight lines: " + duringDrag);

        waitFor(() -> !Objects.equals(before.get(NODE), positions(editor).get(NODE)), 10_000,
                () -> "the drag did not move " + NODE);
        Point moved = positions(editor).get(NODE);
        assertEquals(before.get(NODE).y() + dy, moved.y(), 15, "the box follows the pointer down");
        // routed again: every link of the box orthogonal, and bent where the drop left its ends at different heights
        waitFor(() -> {
            List<RenderedRoutes.Edge> drawn = RenderedRoutes.of(editor).edges(attached);
            return drawn.size() == attached.size() && drawn.stream().allMatch(RenderedRoutes.Edge::orthogonal)
                    && drawn.stream().anyMatch(e -> e.points().size() > 2);
        }, 10_000, () -> "the links were not routed again after the drop: "
                + RenderedRoutes.of(editor).edges(attached));
        Map<String, Point> after = positions(editor);
        before.forEach((id, position) -> {
            if (!NODE.equals(id)) {
                assertEquals(position, after.get(id), "dragging " + NODE + " moved " + id);
            }
        });
        capture(editor.getSite().getShell(), "routes-after-drag.png");

        // at 100 % the boxes out of view are not drawn (sprotty draws only what is visible): the whole diagram is
        // checked once it fits the view, with the dragged box still selected
        ZoomJourneyTest.pointerClick(ZoomJourneyTest.toolItem("Zoom to Fit"));
        waitFor(() -> RenderedRoutes.of(editor).nodes().size() == opened.nodes().size(), 10_000,
                () -> "Zoom to Fit did not show every box: " + RenderedRoutes.of(editor).nodes().stream()
                        .map(RenderedRoutes.Box::id).toList());
        RenderedRoutes whole = RenderedRoutes.of(editor);
        assertEquals(ends.size(), whole.edges().size(), "every link is still drawn");
        assertEquals(List.of(), whole.problems(ends), "the routes after the drop");
        assertEquals(moved.y(), box(whole, NODE).y(), 1, "the box is drawn where it was dropped");
        capture(editor.getSite().getShell(), "routes-after-drop-whole.png");
    }

    /** The links of area 1's logic model, as the model has them (edge ids are the links' ids). */
    private static Map<String, RenderedRoutes.Ends> linkEnds(DiagramEditor editor) {
        LogicModel logicModel = (LogicModel) editor.document().resource().getEObject("CA1-LM");
        Map<String, RenderedRoutes.Ends> ends = new LinkedHashMap<>();
        for (LeadsTo link : logicModel.getLinks()) {
            ends.put(link.getId(), new RenderedRoutes.Ends(link.getSource().getId(), link.getTarget().getId()));
        }
        return ends;
    }

    /** Double-clicks area 1's logic model under the file's Diagrams node in the Model Explorer, as a person does. */
    private static DiagramEditor openFromDiagramsNode(IFile file) throws Exception {
        ModelExplorerView explorer = (ModelExplorerView) page().showView(ModelExplorerView.ID);
        page().activate(explorer);
        explorer.viewer().refresh();
        TreeItem at = Person.row(explorer.viewer().getTree(), file.getProject().getName());
        for (String segment : file.getProjectRelativePath().segments()) {
            Person.expand(at);
            at = Person.row(at, segment);
        }
        Person.expand(at);
        TreeItem diagrams = Person.row(at, "Diagrams");
        Person.expand(diagrams);
        TreeItem logicModel = Person.row(diagrams, "Logic model: Promote well-being");
        Person.select(logicModel);
        Tree tree = logicModel.getParent();
        Event open = new Event();
        open.item = logicModel;
        tree.notifyListeners(SWT.DefaultSelection, open);
        waitFor(() -> page().getActiveEditor() instanceof DiagramEditor editor
                && "CA1-LM".equals(editor.logicModelId()), 30_000,
                () -> "the double-click opened no diagram of area 1's logic model: " + page().getActiveEditor());
        DiagramEditor editor = (DiagramEditor) page().getActiveEditor();
        DiagramWorkbench.maximise(editor);
        DiagramWorkbench.waitUntilReady(editor);
        return editor;
    }

    private static RenderedRoutes.Box box(RenderedRoutes routes, String id) {
        return routes.nodes().stream().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no box " + id + " drawn"));
    }
}
