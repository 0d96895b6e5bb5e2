package org.framewright.diagram.ui.editor;

import static org.framewright.diagram.ui.editor.DiagramWorkbench.OPTION_TWO;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.capture;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.freshSample;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.openStructure;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.page;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.processEvents;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Zooming as a person does, in the structure diagram of ADASS Option Two: the workbench toolbar's Zoom In, Zoom Out
 * and Zoom to Fit items (each with its icon) are clicked with the pointer, and the boxes on screen grow, shrink, and
 * finally the whole diagram fits the view; the diagram's own toolbar buttons show their codicons and zoom too.
 */
class ZoomJourneyTest {

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        processEvents(500);
    }

    @Test
    void theToolbarsZoomInOutAndFitTheDiagram() throws Exception {
        DiagramEditor editor = openStructure(freshSample(OPTION_TWO));
        double fitted = shownWidth(editor, "CA1");
        assertTrue(diagramFitsTheView(editor), "the diagram fits the view when it opens: " + extent(editor));

        for (String tooltip : List.of("Zoom In", "Zoom Out", "Zoom to Fit", "Zoom 100 %")) {
            assertNotNull(toolItem(tooltip).getImage(), "the toolbar item '" + tooltip + "' has an icon");
        }

        pointerClick(toolItem("Zoom In"));
        waitFor(() -> shownWidth(editor, "CA1") > fitted * 1.2, 10_000,
                () -> "Zoom In did not enlarge area 1: " + fitted + " -> " + shownWidth(editor, "CA1"));
        double zoomedIn = shownWidth(editor, "CA1");
        assertEquals(fitted * 1.25, zoomedIn, fitted * 0.02, "one step in is 125 %");
        pointerClick(toolItem("Zoom In"));
        waitFor(() -> shownWidth(editor, "CA1") > zoomedIn * 1.2, 10_000, () -> "a second Zoom In did nothing");
        assertTrue(!diagramFitsTheView(editor), "zoomed in, the diagram no longer fits: " + extent(editor));
        capture(editor.getSite().getShell(), "zoom-in.png");

        double twiceIn = shownWidth(editor, "CA1");
        pointerClick(toolItem("Zoom Out"));
        waitFor(() -> shownWidth(editor, "CA1") < twiceIn / 1.2, 10_000,
                () -> "Zoom Out did not shrink area 1: " + twiceIn + " -> " + shownWidth(editor, "CA1"));

        pointerClick(toolItem("Zoom to Fit"));
        waitFor(() -> diagramFitsTheView(editor), 10_000, () -> "Zoom to Fit: the diagram is " + extent(editor));
        assertEquals(fitted, shownWidth(editor, "CA1"), fitted * 0.02, "fit shows the diagram as when it opened");
        capture(editor.getSite().getShell(), "zoom-fit.png");

        // the diagram's own toolbar: its buttons carry codicons (the font is loaded) and zoom as well
        assertEquals(Boolean.TRUE, editor.browser().evaluate("""
                return Array.from(document.querySelectorAll('button[data-zoom]')).every(function (b) {
                  var icon = b.querySelector('.codicon');
                  return !!icon && getComputedStyle(icon, '::before').content.length > 0
                      && getComputedStyle(icon).fontFamily.indexOf('codicon') >= 0;
                }) && document.fonts.check('16px codicon');"""), "the diagram's zoom buttons show codicons");
        Rectangle in = buttonBounds(editor, "in");
        DiagramWorkbench.pointerClick(editor.browser(), new Point(in.x + in.width / 2, in.y + in.height / 2));
        waitFor(() -> shownWidth(editor, "CA1") > fitted * 1.2, 10_000,
                () -> "the diagram's + button did not zoom in: " + shownWidth(editor, "CA1"));
    }

    /** The on-screen width of the element {@code id}'s box, in pixels: what the zoom changes for the eye. */
    private static double shownWidth(DiagramEditor editor, String id) {
        Object width = editor.browser().evaluate("return document.getElementById('sprotty_" + id
                + "').getBoundingClientRect().width;");
        return ((Number) width).doubleValue();
    }

    /** True when every drawn element lies inside the diagram's area of the page. */
    private static boolean diagramFitsTheView(DiagramEditor editor) {
        return Boolean.TRUE.equals(editor.browser().evaluate("""
                var view = document.querySelector('#sprotty svg').getBoundingClientRect();
                var all = document.querySelector('#sprotty svg > g').getBoundingClientRect();
                return all.width > 0 && all.left >= view.left - 1 && all.top >= view.top - 1
                    && all.right <= view.right + 1 && all.bottom <= view.bottom + 1;"""));
    }

    private static String extent(DiagramEditor editor) {
        return String.valueOf(editor.browser().evaluate("""
                return JSON.stringify([document.querySelector('#sprotty svg').getBoundingClientRect(),
                    document.querySelector('#sprotty svg > g').getBoundingClientRect()]);"""));
    }

    /** The bounds, in the browser's coordinates, of the diagram toolbar's zoom button {@code kind}. */
    private static Rectangle buttonBounds(DiagramEditor editor, String kind) {
        Object[] r = (Object[]) editor.browser().evaluate("var r = document.querySelector('button[data-zoom=\"" + kind
                + "\"]').getBoundingClientRect(); return [r.left, r.top, r.width, r.height];");
        return new Rectangle(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue());
    }

    /** The item of the workbench window's toolbars whose tooltip is {@code tooltip}. */
    static ToolItem toolItem(String tooltip) {
        List<String> seen = new ArrayList<>();
        for (ToolBar bar : toolBars(page().getWorkbenchWindow().getShell())) {
            for (ToolItem item : bar.getItems()) {
                if (tooltip.equals(item.getToolTipText()) && bar.isVisible()) {
                    return item;
                }
                seen.add(item.getToolTipText());
            }
        }
        throw new AssertionError("no toolbar item '" + tooltip + "' among " + seen);
    }

    private static List<ToolBar> toolBars(Control control) {
        List<ToolBar> bars = new ArrayList<>();
        if (control instanceof ToolBar bar) {
            bars.add(bar);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                bars.addAll(toolBars(child));
            }
        }
        return bars;
    }

    /** Moves the real pointer to the middle of {@code item} and clicks it. */
    static void pointerClick(ToolItem item) {
        Rectangle bounds = item.getBounds();
        DiagramWorkbench.pointerClick(item.getParent(), new Point(bounds.x + bounds.width / 2,
                bounds.y + bounds.height / 2));
    }
}
