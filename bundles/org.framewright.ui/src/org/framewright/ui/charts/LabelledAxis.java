package org.framewright.ui.charts;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;

/**
 * A chart's x axis that reads like a category axis (one label per position 0, 1, 2 ...) but is numeric, so that a
 * series may leave positions out: SWTChart's category axis ignores x values and draws a NaN at the edge of the plot
 * rather than leaving a gap. A tick per position where its label fits (SWTChart drops labels that do not).
 */
final class LabelledAxis {

    private final Chart chart;
    private List<String> labels = List.of();

    LabelledAxis(Chart chart) {
        this.chart = chart;
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.enableCategory(false);
        x.getTick().setFormat(new Format() {
            @Override
            public StringBuffer format(Object number, StringBuffer to, FieldPosition position) {
                double value = ((Number) number).doubleValue();
                long index = Math.round(value);
                return to.append(Math.abs(value - index) < 1e-6 && index >= 0 && index < labels.size()
                    ? labels.get((int) index) : "");
            }

            @Override
            public Object parseObject(String source, ParsePosition position) {
                return null;
            }
        });
        chart.addListener(SWT.Resize, e -> fitTicks());
    }

    /** Labels positions 0 .. size - 1; {@code rightRoom} extra room on the right (in positions) for a long last label. */
    void show(List<String> newLabels, double rightRoom) {
        labels = List.copyOf(newLabels);
        chart.getAxisSet().getXAxis(0).setRange(new Range(-0.5, Math.max(1, labels.size()) - 0.5 + rightRoom));
        fitTicks();
    }

    List<String> labels() {
        return labels;
    }

    /** Gives {@code series} the values that are not NaN, each at its position. */
    static void points(ISeries<?> series, double[] values) {
        series.setXSeries(java.util.stream.IntStream.range(0, values.length).filter(i -> !Double.isNaN(values[i]))
            .asDoubleStream().toArray());
        series.setYSeries(java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray());
    }

    private void fitTicks() {
        int width = chart.getPlotArea().getSize().x;
        chart.getAxisSet().getXAxis(0).getTick().setTickMarkStepHint(Math.max(64,
            width / Math.max(1, labels.size()) - 4));
    }
}
