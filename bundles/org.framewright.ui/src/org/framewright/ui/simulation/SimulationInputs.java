package org.framewright.ui.simulation;


import java.util.Locale;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.framewright.simulation.WeightPerturbation;
import org.framewright.ui.results.DataPeriods;
import org.framewright.ui.results.GroupChoice;
import org.framewright.ui.results.ResultChoices;

/**
 * The Simulation view's input controls: framework, scheme, data, period, draws, seed, weight perturbation, band
 * threshold shift, sensitivity.
 */
final class SimulationInputs {

    final ComboViewer frameworks;
    final ComboViewer schemes;
    final ComboViewer dataFiles;
    final Combo period;
    final ComboViewer groupFiles;
    final Spinner draws;
    final Spinner seed;
    final ComboViewer perturbation;
    final Text amount;
    final Text thresholds;
    final Button sensitivity;
    final Spinner baseSamples;

    SimulationInputs(Composite parent) {
        Composite first = row(parent, 10);
        frameworks = ResultChoices.combo(first, "Framework:", 210, SimulationInputs::label);
        schemes = ResultChoices.combo(first, "Scheme:", 170, SimulationInputs::label);
        dataFiles = ResultChoices.combo(first, "Data:", 170, SimulationInputs::label);
        new Label(first, SWT.NONE).setText("Period:");
        period = new Combo(first, SWT.DROP_DOWN);
        period.setToolTipText("The periods of the data file (the latest chosen); empty: the data's only period");
        GridDataFactory.fillDefaults().hint(100, SWT.DEFAULT).applyTo(period);
        groupFiles = GroupChoice.combo(first);
        Composite second = row(parent, 11);
        draws = spinner(second, "Draws N:", 10, 1_000_000, 1000, "Monte Carlo draws");
        seed = spinner(second, "Seed:", 0, Integer.MAX_VALUE, 42, "The same seed and N give the same results");
        perturbation = ResultChoices.combo(second, "Weights:", 130, SimulationInputs::label);
        perturbation.setInput(WeightPerturbation.values());
        perturbation.setSelection(new StructuredSelection(WeightPerturbation.UNIFORM_FACTOR));
        new Label(second, SWT.NONE).setText("p:");
        amount = new Text(second, SWT.BORDER);
        amount.setText("0.2");
        amount.setToolTipText("Uniform factor: every weight times a factor in [1 - p, 1 + p]; "
            + "Dirichlet: the concentration");
        GridDataFactory.fillDefaults().hint(50, SWT.DEFAULT).applyTo(amount);
        new Label(second, SWT.NONE).setText("Thresholds +-:");
        thresholds = new Text(second, SWT.BORDER);
        thresholds.setToolTipText("Points: every band boundary of the aggregation rules' bandings and both boundaries "
            + "of every target RAG rule (a point: 1 % of the target) move by up to this much per draw, kept in order "
            + "and without gaps; empty or 0: thresholds not perturbed");
        GridDataFactory.fillDefaults().hint(40, SWT.DEFAULT).applyTo(thresholds);
        // its own row: with the threshold field the second row no longer fits a part of usual width
        Composite third = row(parent, 2);
        sensitivity = new Button(third, SWT.CHECK);
        sensitivity.setText("Sensitivity, base samples:");
        baseSamples = new Spinner(third, SWT.BORDER);
        baseSamples.setValues(256, 8, 100_000, 0, 64, 256);
        baseSamples.setToolTipText("Saltelli base samples N: N x (inputs + 2) evaluations");
        baseSamples.setEnabled(false);
        sensitivity.setToolTipText("Also compute which perturbed input moves the ranks most (Sobol indices)");
        sensitivity.addListener(SWT.Selection, e -> baseSamples.setEnabled(sensitivity.getSelection()));
        keepNativeTick(sensitivity);
        DataPeriods.follow(dataFiles, period);
    }

    /**
     * The workbench's CSS theme gives every control its part's background, again whenever the part is activated; on
     * GTK a checkbox with a background of its own loses the blue of its ticked state, so the white tick vanishes and
     * a click seems to do nothing. Whenever the checkbox is drawn, a background the theme gave it is dropped (after
     * the drawing; dropping no background is a no-op, so this does not loop).
     */
    private static void keepNativeTick(Button checkbox) {
        checkbox.addListener(SWT.Paint, e -> checkbox.getDisplay().asyncExec(() -> {
            if (!checkbox.isDisposed()) {
                checkbox.setBackground(null);
            }
        }));
    }

    private static Composite row(Composite parent, int columns) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(columns).spacing(6, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        return row;
    }

    private static Spinner spinner(Composite row, String label, int min, int max, int value, String tip) {
        new Label(row, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(row, SWT.BORDER);
        spinner.setValues(value, min, max, 0, 100, 1000);
        spinner.setToolTipText(tip);
        GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(spinner);
        return spinner;
    }

    /** The perturbation amount p, or NaN when it is not a number. */
    double amount() {
        try {
            return Double.parseDouble(amount.getText().trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The threshold shift K in points (empty: 0), or NaN when it is not a number. */
    double thresholdShift() {
        String text = thresholds.getText().trim();
        try {
            return text.isEmpty() ? 0 : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Perturbation kinds read as words ("uniform factor"); anything else as its text. */
    private static String label(Object element) {
        return element instanceof WeightPerturbation p ? p.name().toLowerCase(Locale.ROOT).replace('_', ' ')
            : String.valueOf(element);
    }
}
