package org.framewright.ui.charts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * One council's overall rank per period of a trend (rank 1, the best, at the top). A change of framework breaks the
 * line: the periods from the break on are a series of their own ({@code rank from PERIOD (after the break)}), drawn
 * dashed in another colour, and the first period after the break is labelled {@code \u2016 PERIOD} (the title names
 * the break).
 */
public final class TrendChart {

    /** The id of the series of the periods before any break. */
    public static final String RANK = "rank";

    /**
     * The prefix of a period's label when a change of framework comes just before it: the axis-break sign, short
     * enough that the label fits its tick (SWTChart drops a label wider than the step between ticks).
     */
    public static final String BREAK_LABEL = "\u2016 ";

    private final Chart chart;
    private final LabelledAxis periodsAxis;

    /** Creates the (empty) chart. */
    public TrendChart(Composite parent) {
        chart = Charts.create(parent, "Trend: select a council");
        Charts.titles(chart, "Period", "Rank (1 = best)");
        chart.getAxisSet().getYAxis(0).setReversed(true);
        // the title names the break and the category label marks it: the legend would only take room in a small view
        chart.getLegend().setVisible(false);
        periodsAxis = new LabelledAxis(chart);
    }

    /**
     * Shows {@code ranks} (period -> rank; a period missing: no rank) over {@code periods} in their order, the line
     * broken before each of {@code breaks}. Each series holds the points of its periods that have a rank: x the
     * period's index in {@code periods}, y the rank.
     *
     * @param title the chart's title, e.g. the council's name
     * @param councils the number of councils ranked at most in a period (the axis runs from 1 to it)
     */
    public void show(String title, List<String> periods, Map<String, Integer> ranks, Set<String> breaks,
            int councils) {
        chart.suspendUpdate(true);
        Charts.clear(chart);
        chart.getTitle().setText(title);
        List<String> categories = new ArrayList<>();
        // each segment holds only its periods with a rank, at the period's position (see LabelledAxis)
        List<String> segmentIds = new ArrayList<>();
        Map<String, List<double[]>> segments = new HashMap<>();
        String segment = RANK;
        for (int i = 0; i < periods.size(); i++) {
            String period = periods.get(i);
            boolean broken = i > 0 && breaks.contains(period);
            if (broken) {
                segment = "rank from " + period + " (after the break)";
            }
            categories.add(broken ? BREAK_LABEL + period : period);
            if (!segments.containsKey(segment)) {
                segments.put(segment, new ArrayList<>());
                segmentIds.add(segment);
            }
            Integer rank = ranks.get(period);
            if (rank != null) {
                segments.get(segment).add(new double[] {i, rank});
            }
        }
        for (int s = 0; s < segmentIds.size(); s++) {
            ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, segmentIds.get(s));
            List<double[]> points = segments.get(segmentIds.get(s));
            line.setXSeries(points.stream().mapToDouble(p -> p[0]).toArray());
            line.setYSeries(points.stream().mapToDouble(p -> p[1]).toArray());
            line.setLineColor(Charts.color(chart, s == 0 ? 0 : 1));
            line.setLineStyle(s == 0 ? LineStyle.SOLID : LineStyle.DASH);
            line.setSymbolType(s == 0 ? PlotSymbolType.CIRCLE : PlotSymbolType.DIAMOND);
            line.setSymbolColor(Charts.color(chart, s == 0 ? 0 : 1));
        }
        periodsAxis.show(categories, 0.25); // room for half of a last label
        // a margin so that the dots of rank 1 and of the last rank are drawn whole, not cut by the plot's edge
        double margin = Math.max(0.5, Math.max(2, councils) * 0.05);
        chart.getAxisSet().getYAxis(0).setRange(new Range(1 - margin, Math.max(2, councils) + margin));
        chart.suspendUpdate(false);
        chart.redraw();
    }

    /** The category labels shown, one per period. */
    public List<String> categories() {
        return periodsAxis.labels();
    }

    /** The series shown, in order (the first before any break). */
    public List<ISeries<?>> series() {
        return List.of(chart.getSeriesSet().getSeries());
    }

    /** The chart control. */
    public Chart chart() {
        return chart;
    }
}
