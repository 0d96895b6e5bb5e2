package org.framewright.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.framewright.audit.AuditReport;
import org.framewright.audit.Descriptives;
import org.framewright.audit.IndicatorAudit;

/**
 * The distribution of every indicator's values, one column of dots per indicator (a strip plot, the dots spread
 * sideways so that equal values stay visible): each council's value placed between the indicator's minimum (0) and
 * maximum (100), so that indicators of different units share the axis; the audit's outliers (outside the Tukey
 * fences) in red ({@link #OUTLIERS}), the others blue ({@link #VALUES}), the median a dark bar. Indicators the JRC's
 * rule flags (|skew| > 2 and kurtosis > 3.5) are labelled with a star and named in the title. The numbers are the
 * audit's ({@link IndicatorAudit#values()}, {@link Descriptives}); nothing is computed here but the placing.
 */
public final class DistributionChart {

    /** The ids of the series of values that are not outliers, and of the outliers. */
    public static final String VALUES = "values", OUTLIERS = "outliers";

    /** The prefix of the id of an indicator's median mark, followed by the indicator's id. */
    public static final String MEDIAN = "median ";

    /** The mark after the id of a flagged indicator. */
    public static final String FLAG = " *";

    private static final double SPREAD = 0.3;

    /** What the axes and marks mean, in full. */
    static final String TOOLTIP = "Each council's value placed between the indicator's minimum (0) and maximum (100);"
        + " red: outliers outside Q1 - 1.5 IQR .. Q3 + 1.5 IQR; black bar: median; * the JRC flag, |skew| > 2 and"
        + " kurtosis > 3.5";

    private final Chart chart;
    private final LabelledAxis indicatorsAxis;
    private List<String> flagged = List.of();

    /** Creates the (empty) chart. */
    public DistributionChart(Composite parent) {
        chart = Charts.create(parent, "Values per indicator: run the audit");
        // short titles: the view is often a third of the window high, and SWTChart clips rather than wraps
        Charts.titles(chart, "Indicator", "Min 0 .. max 100");
        chart.setToolTipText(TOOLTIP);
        if (chart.getPlotArea() instanceof org.eclipse.swt.widgets.Control plot) {
            plot.setToolTipText(TOOLTIP); // the plot area is a child control: the chart's own tooltip stops at it
        }
        indicatorsAxis = new LabelledAxis(chart);
    }

    /** Shows the values of the indicators of {@code report}. */
    public void show(AuditReport report) {
        chart.suspendUpdate(true);
        Charts.clear(chart);
        List<String> labels = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        List<double[]> outliers = new ArrayList<>();
        for (int i = 0; i < report.indicators().size(); i++) {
            IndicatorAudit indicator = report.indicators().get(i);
            Descriptives d = indicator.statistics();
            boolean flag = d.skewKurtosisOutlier();
            labels.add(indicator.indicator() + (flag ? FLAG : ""));
            if (flag) {
                flags.add(indicator.indicator());
            }
            int k = 0;
            for (Map.Entry<String, Double> value : indicator.values().entrySet()) {
                double[] point = {i + ((k++ * 7919) % 29 - 14) / 14.0 * SPREAD, position(value.getValue(), d)};
                (indicator.outliers().contains(value.getKey()) ? outliers : values).add(point);
            }
            median(indicator.indicator(), i, position(d.median(), d), i == 0);
        }
        dots(VALUES, values, 9, 3, "councils' values");
        dots(OUTLIERS, outliers, 2, 4, "outliers (Tukey fences)");
        flagged = List.copyOf(flags);
        chart.getTitle().setText("Values per indicator" + (flags.isEmpty() ? "" : "; * skewed (JRC): "
            + String.join(", ", flags)));
        chart.getAxisSet().getYAxis(0).setRange(new Range(-5, 105));
        indicatorsAxis.show(labels, 0);
        chart.suspendUpdate(false);
        chart.redraw();
    }

    /** {@code value}'s place between the indicator's minimum (0) and maximum (100); 50 when all values are equal. */
    private static double position(double value, Descriptives d) {
        double range = d.max() - d.min();
        return range > 0 ? 100 * (value - d.min()) / range : 50;
    }

    private void dots(String id, List<double[]> points, int colour, int size, String description) {
        ILineSeries<?> dots = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        dots.setXSeries(points.stream().mapToDouble(p -> p[0]).toArray());
        dots.setYSeries(points.stream().mapToDouble(p -> p[1]).toArray());
        dots.setLineStyle(LineStyle.NONE);
        dots.setSymbolType(PlotSymbolType.CIRCLE);
        dots.setSymbolSize(size);
        dots.setSymbolColor(colour == 2 ? chart.getDisplay().getSystemColor(SWT.COLOR_RED) : Charts.color(chart, 0));
        dots.setDescription(description);
    }

    private void median(String indicator, int position, double y, boolean inLegend) {
        ILineSeries<?> median = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, MEDIAN + indicator);
        median.setXSeries(new double[] {position - SPREAD * 1.2, position + SPREAD * 1.2});
        median.setYSeries(new double[] {y, y});
        median.setLineWidth(2);
        median.setLineColor(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        median.setSymbolType(PlotSymbolType.NONE);
        median.setDescription("median");
        median.setVisibleInLegend(inLegend);
    }

    /** The series of {@code id} ({@link #VALUES}, {@link #OUTLIERS}, or a median), or null. */
    public ISeries<?> series(String id) {
        return chart.getSeriesSet().getSeries(id);
    }

    /** The indicators along the x axis as labelled (flagged ones with {@link #FLAG}). */
    public List<String> categories() {
        return indicatorsAxis.labels();
    }

    /** The ids of the indicators flagged by the JRC's rule. */
    public List<String> flagged() {
        return flagged;
    }

    /** The chart control. */
    public Chart chart() {
        return chart;
    }
}
