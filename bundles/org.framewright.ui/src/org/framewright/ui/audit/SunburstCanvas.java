package org.framewright.ui.audit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.framewright.audit.WeightSunburst;
import org.framewright.audit.WeightSunburst.Segment;

/**
 * The framework's levels and weights as a sunburst drawn with GC on a double-buffered canvas (SWTChart has no
 * sunburst): the overall score in the centre, areas on the first ring, indicators on the next, each segment's angle
 * its share of the overall score as {@link WeightSunburst} gives it; ids along the radius where they fit, a legend of
 * the areas on the right, and the weight in the tooltip. It is drawn again to fit whenever the canvas is resized.
 */
public final class SunburstCanvas {

    private static final RGB[] AREA_COLOURS = {new RGB(0x2b, 0x6c, 0xb0), new RGB(0x2f, 0x85, 0x5a),
        new RGB(0xb7, 0x79, 0x1f), new RGB(0x6b, 0x46, 0xc1), new RGB(0xc0, 0x56, 0x21), new RGB(0x2c, 0x7a, 0x7b),
        new RGB(0x97, 0x26, 0x6d), new RGB(0x4a, 0x55, 0x68)};
    private static final int LEGEND = 300, MARGIN = 10;

    private final Canvas canvas;
    private WeightSunburst sunburst;
    private final List<Segment> painted = new ArrayList<>();

    /** An empty sunburst in {@code parent}. */
    public SunburstCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(tooltip(e.x, e.y)));
    }

    /** Shows {@code newSunburst}. */
    public void show(WeightSunburst newSunburst) {
        sunburst = newSunburst;
        canvas.redraw();
    }

    /** The canvas. */
    public Canvas canvas() {
        return canvas;
    }

    /** The segments drawn by the last paint, in the order drawn. */
    public List<Segment> painted() {
        return List.copyOf(painted);
    }

    /** The sunburst shown, or null. */
    public WeightSunburst sunburst() {
        return sunburst;
    }

    private int rings() {
        return sunburst == null ? 0 : sunburst.rings();
    }

    /** The centre and the ring width for the canvas's size: {x, y, centre radius, ring width}. */
    private int[] geometry() {
        Rectangle area = canvas.getClientArea();
        int plotWidth = area.width > 2 * LEGEND ? area.width - LEGEND : area.width;
        int radius = Math.max(20, Math.min(plotWidth, area.height) / 2 - MARGIN);
        int ring = radius / (rings() + 1);
        return new int[] {plotWidth / 2, area.height / 2, radius - ring * rings(), ring};
    }

    /** The point (canvas pixels) in the middle of {@code segment}, where a person would point at it. */
    public Point middleOf(Segment segment) {
        int[] g = geometry();
        double radius = g[2] + g[3] * (segment.ring() - 0.5);
        double radians = Math.toRadians(segment.startDegrees() + segment.sweepDegrees() / 2);
        return new Point((int) Math.round(g[0] + radius * Math.sin(radians)),
            (int) Math.round(g[1] - radius * Math.cos(radians)));
    }

    /** The segment under (x, y), or null. */
    public Segment segmentAt(int x, int y) {
        if (sunburst == null) {
            return null;
        }
        int[] g = geometry();
        double distance = Math.hypot(x - g[0], y - g[1]);
        if (distance < g[2] || g[3] == 0) {
            return null;
        }
        double degrees = Math.toDegrees(Math.atan2(x - g[0], g[1] - y));
        return sunburst.at((int) ((distance - g[2]) / g[3]) + 1, degrees < 0 ? degrees + 360 : degrees);
    }

    private String tooltip(int x, int y) {
        Segment segment = segmentAt(x, y);
        if (segment != null) {
            return WeightSunburst.tooltip(segment);
        }
        int[] g = geometry();
        return sunburst != null && Math.hypot(x - g[0], y - g[1]) < g[2] ? sunburst.root() + ": 100 %" : null;
    }

    private void paint(GC gc) {
        painted.clear();
        if (sunburst == null || sunburst.segments().isEmpty()) {
            gc.drawText(sunburst == null ? "Run the audit to see the framework's levels and weights."
                : "The scheme has no weighted mean: no weights to draw.", MARGIN, MARGIN, true);
            return;
        }
        gc.setAntialias(SWT.ON);
        gc.setAdvanced(true);
        int[] g = geometry();
        List<Color> colours = new ArrayList<>();
        // outer rings first: each inner ring is drawn over the middle of the one outside it
        for (int ring = rings(); ring >= 1; ring--) {
            int radius = g[2] + g[3] * ring;
            int area = -1;
            for (Segment s : sunburst.segments()) {
                area += s.ring() == 1 ? 1 : 0;
                if (s.ring() == ring) {
                    Color colour = new Color(lighter(AREA_COLOURS[Math.max(0, area) % AREA_COLOURS.length],
                        0.5 * (ring - 1)));
                    colours.add(colour);
                    gc.setBackground(colour);
                    // SWT counts degrees counter-clockwise from 3 o'clock; the segments clockwise from 12
                    int from = (int) Math.round(90 - s.startDegrees() - s.sweepDegrees());
                    int to = (int) Math.round(90 - s.startDegrees());
                    gc.fillArc(g[0] - radius, g[1] - radius, 2 * radius, 2 * radius, from, Math.max(1, to - from));
                    painted.add(s);
                }
            }
        }
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillOval(g[0] - g[2], g[1] - g[2], 2 * g[2], 2 * g[2]);
        separators(gc, g);
        labels(gc, g);
        legend(gc, g);
        colours.forEach(Color::dispose);
    }

    /** White lines between neighbouring segments, from each segment's inner to its outer edge. */
    private void separators(GC gc, int[] g) {
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.setLineWidth(1);
        for (Segment s : sunburst.segments()) {
            double radians = Math.toRadians(s.startDegrees());
            int inner = g[2] + g[3] * (s.ring() - 1);
            int outer = inner + g[3];
            gc.drawLine((int) Math.round(g[0] + inner * Math.sin(radians)), (int) Math.round(g[1] - inner
                * Math.cos(radians)), (int) Math.round(g[0] + outer * Math.sin(radians)), (int) Math.round(g[1]
                    - outer * Math.cos(radians)));
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
        gc.drawOval(g[0] - g[2], g[1] - g[2], 2 * g[2], 2 * g[2]);
        String root = sunburst.root();
        Point extent = gc.textExtent(root);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(root, g[0] - extent.x / 2, g[1] - extent.y / 2, true);
    }

    /** Each segment's id along its radius (reading outwards on the right half, inwards on the left) where it fits. */
    private void labels(GC gc, int[] g) {
        int line = gc.getFontMetrics().getHeight();
        for (Segment s : sunburst.segments()) {
            double middleRadius = g[2] + g[3] * (s.ring() - 0.5);
            double arc = Math.toRadians(s.sweepDegrees()) * middleRadius;
            Point extent = gc.textExtent(s.id());
            if (arc < line || extent.x > g[3] - 4) {
                continue; // no room: the tooltip names it
            }
            Point at = middleOf(s);
            double middle = s.startDegrees() + s.sweepDegrees() / 2;
            Transform transform = new Transform(canvas.getDisplay());
            transform.translate(at.x, at.y);
            transform.rotate((float) (middle <= 180 ? middle - 90 : middle + 90));
            gc.setTransform(transform);
            gc.setForeground(canvas.getDisplay().getSystemColor(s.ring() == 1 ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
            gc.drawText(s.id(), -extent.x / 2, -extent.y / 2, true);
            gc.setTransform(null);
            transform.dispose();
        }
    }

    /** The areas' colours, ids, names and shares, right of the sunburst when there is room. */
    private void legend(GC gc, int[] g) {
        Rectangle area = canvas.getClientArea();
        if (area.width <= 2 * LEGEND) {
            return;
        }
        int x = area.width - LEGEND + MARGIN;
        int y = MARGIN;
        int line = gc.getFontMetrics().getHeight() + 4;
        int index = 0;
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText("Angle = share of the overall score", x, y, true);
        y += line + 4;
        for (Segment s : sunburst.segments()) {
            if (s.ring() == 1) {
                Color colour = new Color(AREA_COLOURS[index++ % AREA_COLOURS.length]);
                gc.setBackground(colour);
                gc.fillRectangle(x, y + 2, 12, 12);
                colour.dispose();
                // the share first, then as much of the name as fits: the legend never runs off the canvas
                String text = s.id() + "  " + String.format(java.util.Locale.ROOT, "%.1f %%", s.share()) + "  ";
                String name = s.name();
                int room = area.width - MARGIN - (x + 18);
                while (!name.isEmpty() && gc.textExtent(text + name).x > room) {
                    name = name.substring(0, name.length() - 1);
                }
                gc.drawText(text + (name.equals(s.name()) ? name : name.length() > 1
                    ? name.substring(0, name.length() - 1) + "\u2026" : ""), x + 18, y, true);
                y += line;
            }
        }
    }

    private static RGB lighter(RGB rgb, double amount) {
        double a = Math.min(1, amount);
        return new RGB((int) Math.round(rgb.red + (255 - rgb.red) * a), (int) Math.round(rgb.green + (255 - rgb.green)
            * a), (int) Math.round(rgb.blue + (255 - rgb.blue) * a));
    }
}
