package org.framewright.ui.scorecard;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.series.ScorecardRow;
import org.framewright.ui.charts.SeriesChart;

/** The chart of one indicator's series against its target, opened by a double-click on a Scorecard row. */
final class SeriesChartDialog extends Dialog {

    private final String title;
    private final List<ScorecardRow> rows;
    private SeriesChart chart;

    SeriesChartDialog(Shell parent, String title, List<ScorecardRow> rows) {
        super(parent);
        this.title = title;
        this.rows = List.copyOf(rows);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label summary = new Label(area, SWT.WRAP);
        ScorecardRow first = rows.get(0);
        summary.setText(first.indicator().getId() + " " + first.indicator().getName() + ": "
            + String.join(", ", rows.stream().map(r -> r.period() + " " + (r.value() == null ? "-"
                : ScoreFormat.format(r.value()) + (r.rag() == null ? "" : " " + r.rag().label()))).toList())
            + "; target " + ScoreFormat.format(rows.get(rows.size() - 1).target()) + " (dashed)");
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(summary);
        chart = new SeriesChart(area, title);
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 320).applyTo(chart.chart());
        chart.show(rows.stream().map(ScorecardRow::period).toList(),
            rows.stream().mapToDouble(r -> r.value() == null ? Double.NaN : r.value()).toArray(),
            rows.stream().mapToDouble(r -> r.target() == null ? Double.NaN : r.target()).toArray());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
