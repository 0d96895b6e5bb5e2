package org.framewright.ui.charts;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.framewright.simulation.CouncilUncertainty;
import org.framewright.simulation.MonteCarloResult;

/**
 * Per-council rating probabilities: one horizontal bar per council, stacked from one series per rating level in
 * the scale's order (a colour per level); without a rating scale, one series: the probability of a rank flip.
 */
public final class RatingChart {

    /** The series id of the flip probability, for schemes without a rating scale. */
    public static final String P_FLIP = "p_flip";

    private final Chart chart;

    /** Creates the (empty) chart. */
    public RatingChart(Composite parent) {
        chart = Charts.scrolling(parent, "Rating probabilities");
        chart.setOrientation(SWT.VERTICAL);
        Charts.titles(chart, "Council", "Share of draws giving each rating");
    }

    /** Shows {@code councils} (in this order, top to bottom) of {@code result}. */
    public void show(MonteCarloResult result, List<CouncilUncertainty> councils) {
        chart.suspendUpdate(true);
        Charts.clear(chart);
        IAxis categories = chart.getAxisSet().getXAxis(0);
        categories.enableCategory(true);
        categories.setReversed(true);
        categories.setCategorySeries(councils.stream().map(CouncilUncertainty::councilName).toArray(String[]::new));
        boolean scale = !result.levels().isEmpty();
        int series = scale ? result.levels().size() : 1;
        for (int l = 0; l < series; l++) {
            int level = l;
            IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR,
                scale ? result.levels().get(l) : P_FLIP);
            bars.setYSeries(councils.stream()
                .mapToDouble(c -> scale ? c.pLevels().get(level) : c.pFlip()).toArray());
            bars.setBarColor(Charts.color(chart, l));
            bars.setBarPadding(15);
            bars.enableStack(true);
        }
        Charts.titles(chart, "Council", scale ? "Share of " + result.samples() + " draws giving each rating"
            : "Share of " + result.samples() + " draws in which the rank differs from the baseline");
        chart.getTitle().setText(scale ? "Rating probabilities" : "Probability of a rank change (p_flip)");
        categories.adjustRange();
        Charts.valueRange(chart, new Range(0, 1));
        Charts.fitRows(chart, councils.size());
        chart.suspendUpdate(false);
        chart.redraw();
    }

    /** The chart control. */
    public Chart chart() {
        return chart;
    }
}
