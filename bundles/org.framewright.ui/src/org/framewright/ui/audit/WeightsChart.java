package org.framewright.ui.audit;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.framewright.audit.WeightReport;
import org.framewright.audit.WeightRow;
import org.framewright.ui.charts.Charts;

/**
 * Current against effective weights: per weighted input (labelled {@code node:input}, e.g. {@code 1:1A} or
 * {@code overall:3}), its nominal share of the overall score and the share of the overall score's variance it carries,
 * as bars side by side.
 */
public final class WeightsChart {

    /** The series ids. */
    public static final String CURRENT = "current %", EFFECTIVE = "effective %";

    private final Chart chart;

    /** Creates the (empty) chart. */
    public WeightsChart(Composite parent) {
        chart = Charts.create(parent, "Current and effective weights");
        Charts.titles(chart, "Input (node:input)", "% of the overall score");
    }

    /** Shows the current and effective weights of {@code report}'s rows. */
    public void show(WeightReport report) {
        chart.suspendUpdate(true);
        Charts.clear(chart);
        IAxis categories = chart.getAxisSet().getXAxis(0);
        categories.enableCategory(true);
        categories.setCategorySeries(report.rows().stream().map(r -> r.area() + ":" + r.id()).toArray(String[]::new));
        categories.getTick().setTickLabelAngle(90);
        bars(CURRENT, report.rows().stream().mapToDouble(WeightRow::current).toArray(), 0);
        bars(EFFECTIVE, report.rows().stream().mapToDouble(WeightRow::effective).toArray(), 1);
        categories.adjustRange();
        double low = report.rows().stream().mapToDouble(r -> Math.min(finite(r.current()), finite(r.effective())))
            .min().orElse(0);
        double high = report.rows().stream().mapToDouble(r -> Math.max(finite(r.current()), finite(r.effective())))
            .max().orElse(1);
        chart.getAxisSet().getYAxis(0).setRange(new Range(Math.min(0, low), Math.max(1, high * 1.05)));
        chart.getTitle().setText("Current and effective weights (" + report.completeCouncils()
            + " councils with every input)");
        chart.suspendUpdate(false);
        chart.redraw();
    }

    private void bars(String id, double[] values, int colour) {
        IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
        double[] y = values.clone();
        for (int i = 0; i < y.length; i++) {
            y[i] = finite(y[i]);
        }
        bars.setYSeries(y);
        bars.setBarColor(Charts.color(chart, colour));
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    /** The chart control. */
    public Chart chart() {
        return chart;
    }
}
