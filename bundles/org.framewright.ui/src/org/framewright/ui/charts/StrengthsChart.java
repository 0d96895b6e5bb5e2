package org.framewright.ui.charts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.framewright.scoring.series.StrengthsAndWeaknesses;

/**
 * A council's strengths and weaknesses: its rank among the scored councils on every indicator (1 = best in the
 * indicator's polarity) as horizontal bars, sorted best to worst from the top; the best three bars are green, the
 * worst three red, the others grey. Each colour is a series of its own ({@link #BEST}, {@link #OTHERS},
 * {@link #WORST}, stacked): a series holds the rank at its indicators and 0 at the others.
 */
public final class StrengthsChart {

    /** The series ids. */
    public static final String BEST = "best three", OTHERS = "others", WORST = "worst three";

    /** How many indicators count as strengths, and as weaknesses. */
    public static final int THREE = StrengthsAndWeaknesses.THREE;

    private final Chart chart;
    private List<String> categories = List.of();

    /** Creates the (empty) chart. */
    public StrengthsChart(Composite parent) {
        chart = Charts.create(parent, "Strengths and weaknesses: select a council");
        chart.setOrientation(SWT.VERTICAL);
        Charts.titles(chart, "Indicator", "Rank (1 = best)");
    }

    /**
     * Shows {@code ranks} (one per label, already sorted best to worst) from the top.
     *
     * @param councils the number of councils ranked (the value axis runs to it)
     */
    public void show(String title, List<String> labels, List<Integer> ranks, int councils) {
        chart.suspendUpdate(true);
        Charts.clear(chart);
        chart.getTitle().setText(title);
        categories = List.copyOf(labels);
        int n = ranks.size();
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.enableCategory(true);
        x.setReversed(true);
        x.setCategorySeries(labels.toArray(String[]::new));
        if (n > 0) {
            double[] best = new double[n];
            double[] others = new double[n];
            double[] worst = new double[n];
            for (int i = 0; i < n; i++) {
                double[] target = isBest(i, n) ? best : isWorst(i, n) ? worst : others;
                target[i] = ranks.get(i);
            }
            bars(BEST, best, 4);
            bars(OTHERS, others, 9);
            bars(WORST, worst, 2);
        }
        x.adjustRange();
        Charts.valueRange(chart, new Range(0, Math.max(2, councils) * 1.02));
        Charts.titles(chart, "Indicator", "Rank among " + councils + " councils (1 = best)");
        chart.suspendUpdate(false);
        chart.redraw();
    }

    /** Whether position {@code i} of {@code n} (sorted best to worst) is one of the best three. */
    public static boolean isBest(int i, int n) {
        return StrengthsAndWeaknesses.isBest(i, n);
    }

    /** Whether position {@code i} of {@code n} is one of the worst three (and not one of the best). */
    public static boolean isWorst(int i, int n) {
        return StrengthsAndWeaknesses.isWorst(i, n);
    }

    private void bars(String id, double[] values, int colour) {
        IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
        bars.setYSeries(values);
        bars.setBarColor(Charts.color(chart, colour));
        bars.setBarPadding(20);
        bars.enableStack(true);
    }

    /** The indicator labels, top (best) to bottom. */
    public List<String> categories() {
        return categories;
    }

    /** The ranks shown, top to bottom (the sum of the stacked series at each indicator). */
    public List<Double> ranks() {
        List<Double> ranks = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            double sum = 0;
            for (ISeries<?> series : series()) {
                sum += series.getYSeries()[i];
            }
            ranks.add(sum);
        }
        return ranks;
    }

    /** The series shown: best three, others, worst three (none before a council is selected). */
    public List<ISeries<?>> series() {
        return List.of(chart.getSeriesSet().getSeries());
    }

    /** The chart control. */
    public Chart chart() {
        return chart;
    }
}
