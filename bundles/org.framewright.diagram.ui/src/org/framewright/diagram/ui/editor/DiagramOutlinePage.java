package org.framewright.diagram.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import com.google.gson.Gson;
import com.google.gson.JsonSyntaxException;

/**
 * The Outline view's page of a diagram editor: a thumbnail of the whole diagram (every node's box in its colour, the
 * links between them) with the visible part of the diagram drawn as a rectangle. A click or a drag in the thumbnail
 * scrolls the diagram so that the point is in the middle of its view. The thumbnail follows the diagram (edits,
 * collapse, filters, zoom and scrolling) by asking the web client for its overview a few times a second while shown.
 */
public final class DiagramOutlinePage extends Page implements IContentOutlinePage {

    private static final int REFRESH_MILLIS = 300;
    private static final int MARGIN = 8;
    private static final Gson GSON = new Gson();

    /** What the client's {@code fwOverview()} returns (see client/src/overview.ts). */
    record Overview(List<Node> nodes, List<Edge> edges, Box viewport) {
    }

    /** A node's box in diagram coordinates, its type and CSS classes. */
    record Node(String id, String type, List<String> classes, double x, double y, double w, double h) {
    }

    /** A link between two nodes along its route's corners (the server's routing points; none: straight). */
    record Edge(String from, String to, List<Corner> points) {
    }

    /** A corner of a link's route, in diagram coordinates. */
    record Corner(double x, double y) {
    }

    /** The visible part of the diagram, in diagram coordinates. */
    record Box(double x, double y, double w, double h, double zoom) {
    }

    private final DiagramEditor editor;
    private Canvas canvas;
    private String shownJson;
    private Overview shown;
    private boolean dragging;

    /** The outline of {@code editor}'s diagram. */
    public DiagramOutlinePage(DiagramEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.setToolTipText("The whole diagram: click or drag to scroll the diagram there");
        canvas.addPaintListener(event -> paint(event.gc));
        canvas.addListener(SWT.MouseDown, event -> {
            dragging = event.button == 1;
            scrollTo(event);
        });
        canvas.addListener(SWT.MouseMove, event -> {
            // a drag with the first button held
            if (dragging && (event.stateMask & SWT.BUTTON1) != 0) {
                scrollTo(event);
            }
        });
        canvas.addListener(SWT.MouseUp, event -> dragging = false);
        canvas.addListener(SWT.Resize, event -> canvas.redraw());
        refresh();
    }

    /** Asks the client for the diagram's overview, redraws when it changed, and asks again a little later. */
    private void refresh() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        if (canvas.isVisible() && editor.browser() != null && !editor.browser().isDisposed()
                && editor.browser().isVisible()) {
            String json = editor.overview();
            if (json != null && !json.equals(shownJson)) {
                try {
                    shown = GSON.fromJson(json, Overview.class);
                    shownJson = json;
                    canvas.redraw();
                } catch (JsonSyntaxException e) {
                    shown = null;
                }
            }
        }
        canvas.getDisplay().timerExec(REFRESH_MILLIS, this::refresh);
    }

    /** The thumbnail's canvas (for tests). */
    public Canvas thumbnail() {
        return canvas;
    }

    /** The nodes the thumbnail draws now. */
    public int nodeCount() {
        return shown == null || shown.nodes() == null ? 0 : shown.nodes().size();
    }

    /** The visible part of the diagram as the thumbnail draws it (the rectangle), in canvas pixels; null before. */
    public Rectangle viewportRectangle() {
        Transform transform = transform();
        if (transform == null || shown.viewport() == null) {
            return null;
        }
        Box view = shown.viewport();
        Point topLeft = transform.toCanvas(view.x(), view.y());
        Point bottomRight = transform.toCanvas(view.x() + view.w(), view.y() + view.h());
        return new Rectangle(topLeft.x, topLeft.y, bottomRight.x - topLeft.x, bottomRight.y - topLeft.y);
    }

    /** The canvas pixel where the thumbnail draws diagram point ({@code x}, {@code y}); null before there is one. */
    public Point toCanvas(double x, double y) {
        Transform transform = transform();
        return transform == null ? null : transform.toCanvas(x, y);
    }

    /** The diagram point drawn at canvas pixel {@code at}; null before there is a thumbnail. */
    public double[] toDiagram(Point at) {
        Transform transform = transform();
        return transform == null ? null : transform.toDiagram(at.x, at.y);
    }

    /**
     * Scrolls the diagram to the thumbnail's point under the pointer. GTK under Xvfb has been seen to report a
     * synthesized press at coordinates relative to another window: then the pointer's own location counts; a point
     * outside the thumbnail is not aimed at it.
     */
    private void scrollTo(Event event) {
        Rectangle area = canvas.getClientArea();
        Point at = new Point(event.x, event.y);
        if (!area.contains(at)) {
            at = canvas.toControl(canvas.getDisplay().getCursorLocation());
        }
        if (!area.contains(at)) {
            return;
        }
        double[] point = toDiagram(at);
        if (point != null) {
            editor.scrollTo(point[0], point[1]);
        }
    }

    /** Maps diagram coordinates to the canvas: the whole diagram, scaled to fit, centred. */
    private record Transform(double minX, double minY, double scale, double left, double top) {
        Point toCanvas(double x, double y) {
            return new Point((int) Math.round(left + (x - minX) * scale), (int) Math.round(top + (y - minY) * scale));
        }

        double[] toDiagram(int x, int y) {
            return new double[] {minX + (x - left) / scale, minY + (y - top) / scale};
        }
    }

    private Transform transform() {
        if (shown == null || shown.nodes() == null || shown.nodes().isEmpty() || canvas == null || canvas.isDisposed()) {
            return null;
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Node node : shown.nodes()) {
            minX = Math.min(minX, node.x());
            minY = Math.min(minY, node.y());
            maxX = Math.max(maxX, node.x() + node.w());
            maxY = Math.max(maxY, node.y() + node.h());
        }
        Rectangle area = canvas.getClientArea();
        double width = Math.max(1, maxX - minX);
        double height = Math.max(1, maxY - minY);
        double scale = Math.min((area.width - 2.0 * MARGIN) / width, (area.height - 2.0 * MARGIN) / height);
        if (scale <= 0) {
            return null;
        }
        return new Transform(minX, minY, scale, (area.width - width * scale) / 2, (area.height - height * scale) / 2);
    }

    private void paint(GC gc) {
        Transform transform = transform();
        if (transform == null) {
            gc.drawText("The diagram is not shown yet.", MARGIN, MARGIN, true);
            return;
        }
        gc.setAntialias(SWT.ON);
        Map<String, Node> byId = new HashMap<>();
        shown.nodes().forEach(node -> byId.put(node.id(), node));
        gc.setForeground(color(gc, new RGB(0xb0, 0xb8, 0xc2)));
        for (Edge edge : shown.edges() == null ? List.<Edge>of() : shown.edges()) {
            Node from = byId.get(edge.from());
            Node to = byId.get(edge.to());
            if (edge.points() != null && edge.points().size() >= 2) {
                int[] polyline = new int[2 * edge.points().size()];
                for (int k = 0; k < edge.points().size(); k++) {
                    Point corner = transform.toCanvas(edge.points().get(k).x(), edge.points().get(k).y());
                    polyline[2 * k] = corner.x;
                    polyline[2 * k + 1] = corner.y;
                }
                gc.drawPolyline(polyline);
            } else if (from != null && to != null) {
                Point a = transform.toCanvas(from.x() + from.w() / 2, from.y() + from.h() / 2);
                Point b = transform.toCanvas(to.x() + to.w() / 2, to.y() + to.h() / 2);
                gc.drawLine(a.x, a.y, b.x, b.y);
            }
        }
        for (Node node : shown.nodes()) {
            Point topLeft = transform.toCanvas(node.x(), node.y());
            Point bottomRight = transform.toCanvas(node.x() + node.w(), node.y() + node.h());
            RGB[] colours = NodeColours.of(node.type(), node.classes());
            gc.setBackground(color(gc, colours[0]));
            gc.setForeground(color(gc, colours[1]));
            int w = Math.max(2, bottomRight.x - topLeft.x);
            int h = Math.max(2, bottomRight.y - topLeft.y);
            gc.fillRectangle(topLeft.x, topLeft.y, w, h);
            gc.drawRectangle(topLeft.x, topLeft.y, w, h);
        }
        Rectangle view = viewportRectangle();
        if (view != null) {
            gc.setForeground(color(gc, new RGB(0xe0, 0x5a, 0x00)));
            gc.setLineWidth(2);
            gc.drawRectangle(view);
        }
    }

    /** A colour that lives as long as the canvas (SWT colours without a device need no disposal). */
    private static Color color(GC gc, RGB rgb) {
        return new Color(rgb);
    }

    @Override
    public Control getControl() {
        return canvas;
    }

    @Override
    public void setFocus() {
        if (canvas != null && !canvas.isDisposed()) {
            canvas.setFocus();
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        // the thumbnail selects nothing
    }

    @Override
    public ISelection getSelection() {
        return StructuredSelection.EMPTY;
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        // the thumbnail selects nothing
    }

    @Override
    public void setSelection(ISelection selection) {
        // the thumbnail selects nothing
    }
}
