package org.framewright.ui.charts;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;
import org.framewright.model.resource.AtomicFile;
import org.framewright.model.resource.AtomicFiles;

/** Shared look of the Framewright charts: white background, titled axes, a qualitative palette, PNG export. */
public final class Charts {

    /** Tableau 10: distinguishable, print-friendly colours for series. */
    private static final RGB[] PALETTE = {new RGB(78, 121, 167), new RGB(242, 142, 43), new RGB(225, 87, 89),
        new RGB(118, 183, 178), new RGB(89, 161, 79), new RGB(237, 201, 72), new RGB(176, 122, 161),
        new RGB(255, 157, 167), new RGB(156, 117, 95), new RGB(186, 176, 172)};

    private Charts() {
    }

    /** A chart in a vertically scrolling composite (for one row per council); {@link #fitRows} sizes it. */
    public static Chart scrolling(Composite parent, String title) {
        ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        Chart chart = create(scroller, title);
        // the value axis's numbers repeated on top, where they stay in view above the first councils (the chart
        // scrolls down to the titled axis at the bottom). The chart's layout draws a top legend over a top axis's
        // title, so that title is kept (it reserves the line) but drawn white: the legend sits on it, not on numbers
        IAxis top = chart.getAxisSet().getYAxis(chart.getAxisSet().createYAxis());
        top.setPosition(IAxis.Position.Secondary);
        top.getTitle().setText("value axis");
        top.getTitle().setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        top.getTick().setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        scroller.setContent(chart);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        return chart;
    }

    /** A plain chart with a white background and the given title (give its axes titles with {@link #titles}). */
    public static Chart create(Composite parent, String title) {
        Chart chart = new Chart(parent, SWT.NONE);
        Color white = parent.getDisplay().getSystemColor(SWT.COLOR_WHITE);
        chart.setBackground(white);
        chart.setBackgroundInPlotArea(white);
        chart.getTitle().setText(title);
        chart.getTitle().setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        chart.getLegend().setPosition(SWT.TOP);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTick().setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            axis.getTitle().setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        }
        return chart;
    }

    /** Makes a scrolling chart tall enough for {@code rows} categories of readable height. */
    public static void fitRows(Chart chart, int rows) {
        if (chart.getParent() instanceof ScrolledComposite scroller) {
            scroller.setMinHeight(200 + 22 * rows); // room for both value axes, the legend and a label per row
            scroller.layout(true, true);
        }
    }

    /** The palette colour of series {@code index}. */
    public static Color color(Chart chart, int index) {
        return new Color(chart.getDisplay(), PALETTE[index % PALETTE.length]);
    }

    /** Removes every series. */
    public static void clear(Chart chart) {
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
    }

    /** Sets the value range of every value axis (the titled one and its copy on top of a scrolling chart). */
    public static void valueRange(Chart chart, Range range) {
        for (IAxis axis : chart.getAxisSet().getYAxes()) {
            axis.setRange(range);
        }
    }

    /** Sets the axis titles (x is the category axis). */
    public static void titles(Chart chart, String x, String y) {
        chart.getAxisSet().getXAxis(0).getTitle().setText(x);
        chart.getAxisSet().getYAxis(0).getTitle().setText(y);
    }

    /**
     * Writes the chart, at its full size, as a PNG file, through {@link AtomicFiles} like every other file Framewright
     * writes: whole or not at all, an existing file keeping its permissions.
     */
    public static void savePng(Chart chart, Path file) throws IOException {
        Rectangle bounds = chart.getBounds();
        Image image = new Image(chart.getDisplay(), bounds.width, bounds.height);
        try {
            GC gc = new GC(image);
            try {
                chart.print(gc);
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            try (AtomicFile out = AtomicFiles.open(file)) {
                loader.save(out.stream(), SWT.IMAGE_PNG);
                out.commit();
            }
        } finally {
            image.dispose();
        }
    }
}
