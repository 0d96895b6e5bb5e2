package org.framewright.diagram.ui.editor;

import static org.framewright.diagram.ui.editor.DiagramWorkbench.OPTION_TWO;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.capture;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.click;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.freshSample;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.isDrawn;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.js;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.openStructure;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.page;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.pointerClick;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.positions;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.processEvents;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.runContextMenu;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.showAtFullSize;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.framewright.model.Area;
import org.framewright.model.Indicator;
import org.framewright.model.Statement;
import org.framewright.testing.ui.Menus;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With 111 indicators (ADASS Option Two) the structure diagram stays readable: a person collapses area 1 from the
 * diagram's context menu (its children go, nothing else moves, the state survives save and reopen) and expands it
 * with the +/- toggle on its box; Collapse All / Expand All from the Diagram menu (undoable); Window &gt; Show View &gt; Outline
 * shows a thumbnail of the whole diagram, and a click in it scrolls the diagram there.
 */
class ReadableBigDiagramJourneyTest {

    /** A point in diagram coordinates. */
    private record Point2(double x, double y) {
    }

    @AfterEach
    void closeEditorsAndTheOutline() {
        // the Outline asks the page for its overview while shown: the next journeys start without it, as before
        var outline = page().findView(IPageLayout.ID_OUTLINE);
        if (outline != null) {
            page().hideView(outline);
        }
        page().closeAllEditors(false);
        processEvents(500);
    }

    @Test
    void collapseAnAreaFromTheContextMenuSaveReopenAndExpandWithItsToggle() throws Exception {
        IFile file = freshSample(OPTION_TWO);
        DiagramEditor editor = openStructure(file);
        Area area1 = (Area) editor.document().resource().getEObject("CA1");
        Set<String> hidden = onlyUnder(area1);
        assertTrue(hidden.stream().anyMatch(id -> area1.getIndicators().stream().anyMatch(i -> i.getId().equals(id))),
                "area 1 has indicators of its own: " + hidden);
        assertTrue(inDiagram(editor).containsAll(hidden), "area 1's children are in the diagram at first");
        assertTrue(hidden.stream().allMatch(id -> isDrawn(editor, id)), "and drawn (the whole diagram fits the view)");
        assertTrue(toggleShown(editor, "CA1", "expanded"), "area 1 shows a - toggle");
        Map<String, DiagramWorkbench.Point> before = positions(editor);

        showAtFullSize(editor, "CA1");
        click(editor, "CA1", true, 2, 1);
        runContextMenu(editor, "Collapse");
        waitFor(() -> hidden.stream().noneMatch(inDiagram(editor)::contains), 20_000,
                () -> "Collapse left some of area 1's children drawn");
        Map<String, DiagramWorkbench.Point> after = positions(editor);
        assertEquals(before.size() - hidden.size(), after.size(), "only area 1's children went");
        after.forEach((id, position) -> assertEquals(before.get(id), position, "collapsing area 1 moved " + id));
        assertTrue(toggleShown(editor, "CA1", "collapsed"), "area 1 shows a + toggle");
        assertTrue(editor.isDirty(), "collapsing is an edit to save");
        capture(editor.getSite().getShell(), "collapse-area-1.png");

        editor.doSave(new NullProgressMonitor());
        String layout = Files.readString(file.getLocation().toFile().toPath().resolveSibling(file.getName() + ".layout"));
        assertTrue(layout.contains("\"collapsed\"") && layout.contains("\"CA1\""), "the layout file keeps it: " + layout);
        page().closeAllEditors(false);
        processEvents(500);

        DiagramEditor reopened = openStructure(file);
        assertTrue(hidden.stream().noneMatch(inDiagram(reopened)::contains), "area 1 is still collapsed after reopening");
        assertTrue(toggleShown(reopened, "CA1", "collapsed"), "with its + toggle");

        showAtFullSize(reopened, "CA1");
        clickToggle(reopened, "CA1");
        waitFor(() -> inDiagram(reopened).containsAll(hidden), 20_000,
                () -> "the + toggle did not expand area 1");
        assertTrue(toggleShown(reopened, "CA1", "expanded"), "area 1 shows a - toggle again");
        capture(reopened.getSite().getShell(), "expand-area-1.png");
    }

    @Test
    void collapseAllAndExpandAllFromTheDiagramMenu() throws Exception {
        DiagramEditor editor = openStructure(freshSample(OPTION_TWO));
        int all = inDiagram(editor).size();
        int topLevel = editor.document().framework().getAreas().size();
        assertEquals(List.of("Share Diagram...", "Zoom to Fit", "Zoom In", "Zoom Out", "Zoom 100 %", "Collapse All", "Expand All",
                "Hide Indicators", "Hide Retired Indicators", "Hide Assumptions", "Hide Leads-to Links",
                "Hide Containment Links", "Show Classifications"), Menus.labels("Diagram"));
        Menus.select("Diagram", "Collapse All");
        waitFor(() -> inDiagram(editor).size() == topLevel, 20_000,
                () -> "Collapse All leaves " + inDiagram(editor) + ", not the " + topLevel + " top-level areas");
        capture(editor.getSite().getShell(), "collapse-all.png");
        DiagramWorkbench.editMenu("Undo Collapse All");
        waitFor(() -> inDiagram(editor).size() == all, 20_000,
                () -> "Undo Collapse All shows " + inDiagram(editor).size() + " of " + all);
        Menus.select("Diagram", "Collapse All");
        waitFor(() -> inDiagram(editor).size() == topLevel, 20_000, () -> "Collapse All again: " + inDiagram(editor));
        Menus.select("Diagram", "Expand All");
        waitFor(() -> inDiagram(editor).size() == all, 20_000,
                () -> "Expand All shows " + inDiagram(editor).size() + " of " + all);
    }

    @Test
    void theOutlineShowsTheWholeDiagramAndAClickThereScrollsTheDiagram() throws Exception {
        DiagramEditor editor = openStructure(freshSample(OPTION_TWO));
        page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_RESTORED);
        page().activate(editor);
        processEvents(300);
        Menus.select("Window", "Show View", "Outline");
        ContentOutline outline = (ContentOutline) page().findView(IPageLayout.ID_OUTLINE);
        assertNotNull(outline, "Window > Show View > Outline opened the Outline");
        page().activate(editor);
        waitFor(() -> outline.getCurrentPage() instanceof DiagramOutlinePage, 10_000,
                () -> "the Outline shows " + outline.getCurrentPage() + ", not the diagram's thumbnail");
        DiagramOutlinePage thumbnail = (DiagramOutlinePage) outline.getCurrentPage();
        waitFor(() -> thumbnail.nodeCount() == inDiagram(editor).size() && thumbnail.viewportRectangle() != null,
                20_000, () -> "the thumbnail draws " + thumbnail.nodeCount() + " of " + inDiagram(editor).size()
                        + " nodes");
        assertTrue(countPixels(thumbnail.thumbnail(), new RGB(0x1f, 0x5f, 0xbf)) > 20,
                "the thumbnail shows the areas' blue boxes");

        // 100 % on area 1: the view shows a part of the diagram; aim at a node far from it in the thumbnail
        showAtFullSize(editor, "CA1");
        String target = farthestNodeFrom(editor, "CA1");
        assertFalse(inView(editor, target), target + " is out of view at first");
        Point2 centre = centreOf(editor, target);
        Point at = thumbnail.toCanvas(centre.x(), centre.y());
        Rectangle viewBefore = thumbnail.viewportRectangle();
        pointerClick(thumbnail.thumbnail(), at);
        waitFor(() -> inView(editor, target), 10_000, () -> "clicking the thumbnail at " + at + " (canvas "
                + thumbnail.thumbnail().getBounds() + ", visible " + thumbnail.thumbnail().isVisible()
                + ") did not scroll to " + target + " at " + centre + "; the view was " + viewBefore + ", is "
                + thumbnail.viewportRectangle() + ": " + editor.overview().replaceAll(".*\"viewport\"", ""));
        waitFor(() -> {
            Rectangle view = thumbnail.viewportRectangle();
            return view != null && Math.abs(view.x + view.width / 2 - at.x) <= 3
                    && Math.abs(view.y + view.height / 2 - at.y) <= 3;
        }, 10_000, () -> "the thumbnail's rectangle " + thumbnail.viewportRectangle() + " is not centred on " + at);
        Workbenches.captureScreen(editor.getSite().getShell(), "outline-thumbnail.png");
    }

    /**
     * The ids of the nodes in the rendered diagram (the client's model; the page leaves out of its SVG what lies
     * outside the view).
     */
    private static Set<String> inDiagram(DiagramEditor editor) {
        return positions(editor).keySet();
    }

    /** The ids of the nodes drawn under {@code area} and nowhere else (an indicator also reported elsewhere stays). */
    private static Set<String> onlyUnder(Area area) {
        Set<String> ids = new HashSet<>();
        for (Statement statement : area.getStatements()) {
            ids.add(statement.getId());
        }
        for (Indicator indicator : area.getIndicators()) {
            boolean elsewhere = false;
            for (var it = area.eResource().getAllContents(); it.hasNext();) {
                if (it.next() instanceof Area other && other != area && other.getIndicators().contains(indicator)) {
                    elsewhere = true;
                }
            }
            if (!elsewhere) {
                ids.add(indicator.getId());
            }
        }
        for (Area child : area.getChildren()) {
            ids.add(child.getId());
            ids.addAll(onlyUnder(child));
        }
        return ids;
    }

    private static boolean toggleShown(DiagramEditor editor, String id, String state) {
        return Boolean.TRUE.equals(editor.browser().evaluate("var t = document.querySelector('#' + CSS.escape("
                + js("sprotty_" + id) + ") + ' .fw-collapse-toggle'); return t !== null && t.getAttribute('data-collapse') === "
                + js(state) + ";"));
    }

    /** Clicks the +/- toggle of {@code id} as a pointer does: the events go to the element under its centre. */
    private static void clickToggle(DiagramEditor editor, String id) {
        editor.browser().setFocus();
        Object result = editor.browser().evaluate("""
                var t = document.querySelector('#' + CSS.escape(%s) + ' .fw-collapse-toggle circle');
                if (!t) { return 'no toggle'; }
                var r = t.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
                var target = document.elementFromPoint(x, y);
                if (!target || !target.closest('.fw-collapse-toggle')) { return 'the toggle is covered by ' + (target && target.tagName); }
                ['mouseover', 'mousemove', 'mousedown', 'mouseup', 'click'].forEach(function (type) {
                  target.dispatchEvent(new MouseEvent(type, {bubbles: true, cancelable: true, view: window, detail: 1,
                      clientX: x, clientY: y, button: 0, buttons: type === 'mousedown' ? 1 : 0}));
                });
                return 'ok';
                """.formatted(js("sprotty_" + id)));
        assertEquals("ok", result, "clicking the toggle of " + id);
        processEvents(300);
    }

    /** The drawn node whose centre is farthest from {@code id}'s (in diagram coordinates). */
    private static String farthestNodeFrom(DiagramEditor editor, String id) {
        Map<String, DiagramWorkbench.Point> positions = positions(editor);
        DiagramWorkbench.Point from = positions.get(id);
        String farthest = id;
        double distance = -1;
        for (var entry : positions.entrySet()) {
            double d = Math.hypot(entry.getValue().x() - from.x(), entry.getValue().y() - from.y());
            if (d > distance) {
                distance = d;
                farthest = entry.getKey();
            }
        }
        return farthest;
    }

    /** The centre of node {@code id} in diagram coordinates. */
    private static Point2 centreOf(DiagramEditor editor, String id) {
        Object[] box = (Object[]) editor.browser().evaluate("var n = JSON.parse(fwOverview()).nodes.find(function (n)"
                + " { return n.id === " + js(id) + "; }); return [n.x + n.w / 2, n.y + n.h / 2];");
        return new Point2(((Number) box[0]).doubleValue(), ((Number) box[1]).doubleValue());
    }

    /** Whether node {@code id}'s box is drawn inside the diagram's visible area. */
    private static boolean inView(DiagramEditor editor, String id) {
        return Boolean.TRUE.equals(editor.browser().evaluate("var n = document.getElementById(" + js("sprotty_" + id)
                + "); if (!n) { return false; } var r = n.getBoundingClientRect(); var c = document.getElementById('sprotty').getBoundingClientRect();"
                + " return r.left >= c.left && r.right <= c.right && r.top >= c.top && r.bottom <= c.bottom;"));
    }

    /** How many pixels of {@code canvas} as shown on screen have colour {@code rgb}. */
    private static int countPixels(Canvas canvas, RGB rgb) {
        Point size = canvas.getSize();
        Image image = new Image(canvas.getDisplay(), size.x, size.y);
        GC gc = new GC(canvas);
        try {
            gc.copyArea(image, 0, 0);
            ImageData data = image.getImageData();
            int count = 0;
            for (int y = 0; y < data.height; y++) {
                for (int x = 0; x < data.width; x++) {
                    RGB pixel = data.palette.getRGB(data.getPixel(x, y));
                    if (Math.abs(pixel.red - rgb.red) + Math.abs(pixel.green - rgb.green)
                            + Math.abs(pixel.blue - rgb.blue) < 30) {
                        count++;
                    }
                }
            }
            return count;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
