package org.framewright.ui.charts;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

/**
 * A council against its comparator group, one column of dots per indicator: every member's robust z-score within
 * the group (grey; indicators of different units share the axis this way), the council's own larger and coloured.
 */
public final class GroupDotChart {

    /** The id of the council's series. */
    public static final String COUNCIL = "council";

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
     * there, x the indicator's position in {@code indicators}.
     */
    public void show(String councilName, List<String> indicators, Map<String, double[]> members, double[] council) {
        chart.suspendUpdate(true);
        Charts.clear(chart);
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
        chart.getAxisSet().getYAxis(0).adjustRange();
        indicatorsAxis.show(indicators, 0);
        chart.suspendUpdate(false);
        chart.redraw();
    }

    /** The chart control. */
    public Chart chart() {
        return chart;
    }
}
