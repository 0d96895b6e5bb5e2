package org.framewright.ui.charts;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * A council against its comparator group, one column of dots per indicator: every member's robust z-score within
 * the group (grey; indicators of different units share the axis this way), the council's own larger and coloured.
 * Behind the dots, per indicator, the group's spread: a pale band from its first to its third quartile
 * ({@code quartiles ID}, two points: x the indicator's position, y the quartiles' robust z) and a short dark bar at
 * its median ({@code median ID}, two points at x = position -/+ 0.3, y the median's robust z).
 */
public final class GroupDotChart {

    /** The id of the council's series. */
    public static final String COUNCIL = "council";

    /** The prefix of the id of an indicator's quartile band, followed by the indicator's id. */
    public static final String QUARTILES = "quartiles ";

    /** The prefix of the id of an indicator's median mark, followed by the indicator's id. */
    public static final String MEDIAN = "median ";

    /** Half the width of a median mark, in indicator positions. */
    private static final double MEDIAN_HALF_WIDTH = 0.3;

    private final Chart chart;
    private final LabelledAxis indicatorsAxis;

    /** Creates the (empty) chart. */
    public GroupDotChart(Composite parent) {
        chart = Charts.create(parent, "Against the group");
        Charts.titles(chart, "Indicator", "Robust z within the group");
        indicatorsAxis = new LabelledAxis(chart);
    }

    /**
     * Shows {@code members}' z-scores per indicator (one array per member, NaN where missing) and the council's
     * ({@code council}, also NaN where missing), over {@code indicators}: each series holds the values that are
     * there, x the indicator's position in {@code indicators}. Behind them, per indicator {@code i}, the group's
     * spread {@code spread[i] = {q1, median, q3}} in the same units (robust z), or null for none.
     */
    public void show(String councilName, List<String> indicators, Map<String, double[]> members, double[] council,
            double[][] spread) {
        chart.suspendUpdate(true);
        Charts.clear(chart);
        // the spread first: SWTChart draws series in the order of creation, so the dots come on top
        boolean firstBand = true;
        for (int i = 0; i < indicators.size() && i < spread.length; i++) {
            double[] quartiles = spread[i];
            if (quartiles == null) {
                continue;
            }
            ILineSeries<?> band = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE,
                QUARTILES + indicators.get(i));
            band.setXSeries(new double[] {i, i});
            band.setYSeries(new double[] {quartiles[0], quartiles[2]});
            band.setLineWidth(14);
            band.setLineColor(chart.getDisplay().getSystemColor(org.eclipse.swt.SWT.COLOR_WIDGET_LIGHT_SHADOW));
            band.setSymbolType(PlotSymbolType.NONE);
            band.setDescription("group Q1 to Q3");
            band.setVisibleInLegend(firstBand);
            ILineSeries<?> median = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE,
                MEDIAN + indicators.get(i));
            median.setXSeries(new double[] {i - MEDIAN_HALF_WIDTH, i + MEDIAN_HALF_WIDTH});
            median.setYSeries(new double[] {quartiles[1], quartiles[1]});
            median.setLineWidth(2);
            median.setLineColor(chart.getDisplay().getSystemColor(org.eclipse.swt.SWT.COLOR_DARK_GRAY));
            median.setSymbolType(PlotSymbolType.NONE);
            median.setDescription("group median");
            median.setVisibleInLegend(firstBand);
            firstBand = false;
        }
        // each member's dots only where it has a value, at the indicator's position (see LabelledAxis)
        boolean first = true;
        for (Map.Entry<String, double[]> member : members.entrySet()) {
            ILineSeries<?> dots = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE,
                "member " + member.getKey());
            LabelledAxis.points(dots, member.getValue());
            dots.setLineStyle(LineStyle.NONE);
            dots.setSymbolType(PlotSymbolType.CIRCLE);
            dots.setSymbolSize(3);
            dots.setSymbolColor(chart.getDisplay().getSystemColor(org.eclipse.swt.SWT.COLOR_GRAY));
            dots.setDescription("group");
            dots.setVisibleInLegend(first);
            first = false;
        }
        ILineSeries<?> own = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, COUNCIL);
        own.setDescription(councilName);
        LabelledAxis.points(own, council);
        own.setLineStyle(LineStyle.NONE);
        own.setSymbolType(PlotSymbolType.DIAMOND);
        own.setSymbolSize(6);
        own.setSymbolColor(Charts.color(chart, 2));
        fitValues();
        indicatorsAxis.show(indicators, 0);
        chart.suspendUpdate(false);
        chart.redraw();
    }

    /**
     * The value axis from the lowest to the highest value of any series (dots, bands, medians) and 0, with a margin
     * of a tenth of that span (at least 0.25) on either side, so that the most negative robust z and the highest are
     * drawn whole rather than cut by the plot's edge.
     */
    private void fitValues() {
        double low = 0;
        double high = 0;
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            for (double y : series.getYSeries()) {
                if (Double.isFinite(y)) {
                    low = Math.min(low, y);
                    high = Math.max(high, y);
                }
            }
        }
        double margin = Math.max(0.25, (high - low) * 0.1);
        chart.getAxisSet().getYAxis(0).setRange(new Range(low - margin, high + margin));
    }

    /** The indicators along the x axis, one per position. */
    public List<String> categories() {
        return indicatorsAxis.labels();
    }

    /** The chart control. */
    public Chart chart() {
        return chart;
    }
}
