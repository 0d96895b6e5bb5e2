package org.framewright.ui.charts;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.IErrorBar;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.framewright.simulation.SensitivityIndex;
import org.framewright.simulation.SensitivityResult;

/**
 * Sensitivity of the mean absolute rank shift: per uncertain input its first-order and total index as bars, with
 * the bootstrap confidence interval as error bars. NaN indices (the output does not vary) are drawn as 0.
 */
public final class SensitivityChart {

    /** The series ids. */
    public static final String FIRST = "first-order S", TOTAL = "total T";

    private final Chart chart;

    /** Creates the (empty) chart. */
    public SensitivityChart(Composite parent) {
        chart = Charts.create(parent, "Sensitivity of the mean absolute rank shift");
        Charts.titles(chart, "Uncertain input", "Share of variance");
    }

    /** Shows the indices of {@code result}. */
    public void show(SensitivityResult result) {
        chart.suspendUpdate(true);
        Charts.clear(chart);
        IAxis categories = chart.getAxisSet().getXAxis(0);
        categories.enableCategory(true);
        categories.setCategorySeries(result.indices().stream().map(SensitivityIndex::input).toArray(String[]::new));
        series(FIRST, result.indices(), SensitivityIndex::first, SensitivityIndex::firstLow,
            SensitivityIndex::firstHigh, 0);
        series(TOTAL, result.indices(), SensitivityIndex::total, SensitivityIndex::totalLow,
            SensitivityIndex::totalHigh, 1);
        Charts.titles(chart, "Uncertain input", "Share of variance");
        chart.getTitle().setText("Sensitivity of the mean absolute rank shift (N = " + result.baseSamples() + ", "
            + result.evaluations() + " evaluations; error bars: " + Math.round(100 * result.confidence())
            + "% bootstrap intervals)");
        categories.adjustRange();
        chart.getAxisSet().getYAxis(0).setRange(new Range(Math.min(0, low(result)), Math.max(1, high(result))));
        chart.suspendUpdate(false);
        chart.redraw();
    }

    private void series(String id, List<SensitivityIndex> indices, ToDoubleFunction<SensitivityIndex> value,
            ToDoubleFunction<SensitivityIndex> low, ToDoubleFunction<SensitivityIndex> high, int colour) {
        IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
        double[] y = indices.stream().mapToDouble(i -> finite(value.applyAsDouble(i))).toArray();
        bars.setYSeries(y);
        bars.setBarColor(Charts.color(chart, colour));
        IErrorBar errors = bars.getYErrorBar();
        errors.setType(IErrorBar.ErrorBarType.BOTH);
        errors.setPlusErrors(indices.stream().mapToDouble(
            i -> Math.max(0, finite(high.applyAsDouble(i)) - finite(value.applyAsDouble(i)))).toArray());
        errors.setMinusErrors(indices.stream().mapToDouble(
            i -> Math.max(0, finite(value.applyAsDouble(i)) - finite(low.applyAsDouble(i)))).toArray());
        errors.setColor(chart.getDisplay().getSystemColor(org.eclipse.swt.SWT.COLOR_BLACK));
        errors.setVisible(true);
    }

    private static double low(SensitivityResult result) {
        return result.indices().stream().mapToDouble(i -> Math.min(finite(i.firstLow()), finite(i.totalLow())))
            .min().orElse(0);
    }

    private static double high(SensitivityResult result) {
        return result.indices().stream().mapToDouble(i -> Math.max(finite(i.firstHigh()), finite(i.totalHigh())))
            .max().orElse(1);
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    /** The chart control. */
    public Chart chart() {
        return chart;
    }
}
