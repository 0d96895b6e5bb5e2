package org.framewright.ui.charts;

import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.framewright.simulation.CouncilUncertainty;

/**
 * Rank intervals: per council a horizontal bar from the 5th to the 95th percentile rank, with the median rank and
 * the baseline rank as markers. Rank 1 (best) is at the left.
 */
public final class RankChart {

    /** The series ids. */
    public static final String OFFSET = "offset", INTERVAL = "5th-95th percentile rank", MEDIAN = "median rank",
        BASELINE = "baseline rank";

    private final Chart chart;

    /** Creates the (empty) chart. */
    public RankChart(Composite parent) {
        chart = Charts.scrolling(parent, "Rank intervals");
        chart.setOrientation(SWT.VERTICAL);
        Charts.titles(chart, "Council", "Rank (1 = best)");
    }

    /** Shows the ranked ones of {@code councils}, in this order, top to bottom. */
    public void show(List<CouncilUncertainty> councils, long samples) {
        List<CouncilUncertainty> ranked = councils.stream().filter(c -> c.medianRank() != null).toList();
        chart.suspendUpdate(true);
        Charts.clear(chart);
        IAxis categories = chart.getAxisSet().getXAxis(0);
        categories.enableCategory(true);
        categories.setReversed(true);
        categories.setCategorySeries(ranked.stream().map(CouncilUncertainty::councilName).toArray(String[]::new));
        IBarSeries<?> offset = bars(OFFSET, ranked, c -> c.rankP05() - 0.5);
        offset.setBarColor(chart.getBackgroundInPlotArea());
        offset.setVisibleInLegend(false);
        IBarSeries<?> interval = bars(INTERVAL, ranked, c -> c.rankP95() - c.rankP05() + 1.0);
        interval.setBarColor(Charts.color(chart, 0));
        markers(MEDIAN, ranked, c -> (double) c.medianRank(), PlotSymbolType.DIAMOND, 1);
        markers(BASELINE, ranked, c -> c.baselineRank() == null ? Double.NaN : c.baselineRank(),
            PlotSymbolType.CROSS, 2);
        Charts.titles(chart, "Council", "Rank over " + samples + " draws (1 = best)");
        categories.adjustRange();
        Charts.valueRange(chart, new Range(0, Math.max(2, ranked.size() + 1)));
        Charts.fitRows(chart, ranked.size());
        chart.suspendUpdate(false);
        chart.redraw();
    }

    private IBarSeries<?> bars(String id, List<CouncilUncertainty> councils, Function<CouncilUncertainty, Double> y) {
        IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
        bars.setYSeries(councils.stream().mapToDouble(y::apply).toArray());
        bars.setBarPadding(25);
        bars.enableStack(true);
        return bars;
    }

    private void markers(String id, List<CouncilUncertainty> councils, Function<CouncilUncertainty, Double> y,
            PlotSymbolType symbol, int colour) {
        ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        line.setYSeries(councils.stream().mapToDouble(y::apply).toArray());
        line.setLineStyle(LineStyle.NONE);
        line.setSymbolType(symbol);
        line.setSymbolSize(4);
        line.setSymbolColor(Charts.color(chart, colour));
    }

    /** The chart control. */
    public Chart chart() {
        return chart;
    }
}
