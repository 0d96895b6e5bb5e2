package org.framewright.ui.charts;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

/** One indicator's values over its periods as a line with markers, and its target per period as a dashed line. */
public final class SeriesChart {

    /** The series ids. */
    public static final String VALUES = "value", TARGET = "target";

    private final Chart chart;

    /** Creates the (empty) chart titled {@code title}. */
    public SeriesChart(Composite parent, String title) {
        chart = Charts.create(parent, title);
        Charts.titles(chart, "Period", "Value");
    }

    /** Shows {@code values} and {@code targets} (NaN where missing) over {@code periods}. */
    public void show(List<String> periods, double[] values, double[] targets) {
        chart.suspendUpdate(true);
        Charts.clear(chart);
        chart.getAxisSet().getXAxis(0).enableCategory(true);
        chart.getAxisSet().getXAxis(0).setCategorySeries(periods.toArray(String[]::new));
        ILineSeries<?> value = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, VALUES);
        value.setYSeries(values);
        value.setLineColor(Charts.color(chart, 0));
        value.setSymbolType(PlotSymbolType.CIRCLE);
        value.setSymbolColor(Charts.color(chart, 0));
        ILineSeries<?> target = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, TARGET);
        target.setYSeries(targets);
        target.setLineStyle(LineStyle.DASH);
        target.setLineColor(Charts.color(chart, 2));
        target.setSymbolType(PlotSymbolType.NONE);
        chart.getAxisSet().adjustRange();
        chart.suspendUpdate(false);
        chart.redraw();
    }

    /** The chart control. */
    public Chart chart() {
        return chart;
    }
}
