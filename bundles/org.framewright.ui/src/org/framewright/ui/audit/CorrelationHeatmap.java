package org.framewright.ui.audit;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.framewright.audit.AuditReport;
import org.framewright.audit.AuditTables;
import org.framewright.audit.IndicatorAudit;

/**
 * The Pearson correlations of the indicators' scores as coloured squares (blue positive, red negative, as in the
 * CLI's HTML report), labelled with the indicator ids; the tooltip of a square gives the pair and r.
 */
public final class CorrelationHeatmap {

    /** The room in pixels left of and above the squares for the indicator ids. */
    public static final int MARGIN = 44;

    private final Canvas canvas;
    private List<IndicatorAudit> indicators = List.of();

    /** An empty heatmap in {@code parent}. */
    public CorrelationHeatmap(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(tooltip(e.x, e.y)));
    }

    /** Shows the correlations of {@code report}. */
    public void show(AuditReport report) {
        indicators = report.indicators();
        canvas.redraw();
    }

    /** The canvas (tests print it). */
    public Canvas canvas() {
        return canvas;
    }

    /** The side of one square in pixels for the canvas's current size. */
    public int cell() {
        Point size = canvas.getSize();
        return indicators.isEmpty() ? 0 : Math.max(4, (Math.min(size.x, size.y) - MARGIN) / indicators.size());
    }

    /** Pearson's r of the pair whose square is at (x, y), or NaN outside the squares. */
    public double correlationAt(int x, int y) {
        int cell = cell();
        int row = cell == 0 ? -1 : (y - MARGIN) / cell;
        int column = cell == 0 ? -1 : (x - MARGIN) / cell;
        if (x < MARGIN || y < MARGIN || row >= indicators.size() || column >= indicators.size()) {
            return Double.NaN;
        }
        return row == column ? 1 : indicators.get(row).pearson().get(indicators.get(column).indicator());
    }

    private String tooltip(int x, int y) {
        double r = correlationAt(x, y);
        if (Double.isNaN(r) && (x < MARGIN || y < MARGIN)) {
            return null;
        }
        int cell = cell();
        return indicators.get((y - MARGIN) / cell).indicator() + " x " + indicators.get((x - MARGIN) / cell).indicator()
            + ": r = " + (Double.isNaN(r) ? "undefined" : AuditTables.fixed(r, 3));
    }

    private void paint(GC gc) {
        int cell = cell();
        int height = gc.getFontMetrics().getHeight();
        // label every row when the squares are as tall as a line of text, else every second or third
        int step = cell == 0 ? 1 : Math.max(1, (height + cell - 1) / cell);
        for (int row = 0; row < indicators.size(); row++) {
            String id = indicators.get(row).indicator();
            if (row % step == 0) {
                gc.drawText(id, 2, MARGIN + row * cell + Math.max(0, (cell - height) / 2), true);
                // column labels on two lines, so that neighbours' ids do not overlap
                int width = gc.textExtent(id).x;
                gc.drawText(id, MARGIN + row * cell + Math.max(0, (cell - width) / 2),
                    2 + (row / step % 2) * (MARGIN / 2 - 2), true);
            }
            for (int column = 0; column < indicators.size(); column++) {
                double r = row == column ? 1 : indicators.get(row).pearson().get(indicators.get(column).indicator());
                int[] rgb = AuditTables.colour(r);
                Color colour = new Color(rgb[0], rgb[1], rgb[2]);
                gc.setBackground(colour);
                gc.fillRectangle(MARGIN + column * cell, MARGIN + row * cell, cell - 1, cell - 1);
            }
        }
    }
}
