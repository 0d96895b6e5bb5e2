package org.framewright.ui.commands;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.framewright.compare.report.ReportRun;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.simulation.UncertainScheme;
import org.framewright.simulation.WeightPerturbation;
import org.framewright.ui.results.DataPeriods;
import org.framewright.ui.results.GroupChoice;
import org.framewright.ui.results.ResultChoices;

/**
 * What Write Report reports on, as {@code framewright report}'s options: the scheme, the data file and period, the
 * comparator groups ({@code --groups}, e.g. Oflog's nearest neighbours for a comparator imputation), the councils whose
 * strengths and weaknesses are shown ({@code --council}), and the Monte Carlo draws and weight
 * perturbation of the rank-interval and sensitivity plots ({@code --simulate}). OK is enabled while every field reads.
 */
final class ReportDialog extends Dialog {

    /** The dialog's title (its messages are titled {@link WriteReportCommandHandler#TITLE}). */
    static final String TITLE = "Write Report";

    /** The labels of the fields, as a person reads them. */
    static final String COUNCILS = "Councils:", DRAWS = "Simulation draws:", PERTURBATION = "Weight perturbation:";

    /**
     * What the person chose.
     *
     * @param scheme the scheme
     * @param data the council data file
     * @param period the period, or null for the data's only one
     * @param groups the comparator groups file ({@code --groups}), or null for none
     * @param councils the council ids, in order, each once
     * @param draws the draws (0: no simulation)
     * @param perturbation the spread p of the weights' factors
     */
    record Choice(ScoringScheme scheme, IFile data, String period, Path groups, List<String> councils, long draws,
            double perturbation) {
    }

    private final Framework framework;
    private final IFile file;
    private final List<IFile> dataFiles;
    private ComboViewer schemes;
    private ComboViewer data;
    private Combo period;
    private ComboViewer groups;
    private Text councils;
    private Text draws;
    private Text perturbation;
    private Label problem;
    private Choice choice;

    ReportDialog(Shell parent, Framework framework, IFile file, List<IFile> dataFiles) {
        super(parent);
        this.framework = framework;
        this.file = file;
        this.dataFiles = dataFiles;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText("The HTML report of " + file.getName() + ", written to its project's reports folder.");
        GridDataFactory.fillDefaults().span(2, 1).hint(460, SWT.DEFAULT).applyTo(intro);
        schemes = ResultChoices.combo(area, "Scheme:", 300, String::valueOf);
        data = ResultChoices.combo(area, "Data:", 300, String::valueOf);
        new Label(area, SWT.NONE).setText("Period:");
        period = new Combo(area, SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).align(SWT.BEGINNING, SWT.CENTER).applyTo(period);
        DataPeriods.follow(data, period);
        data.setInput(dataFiles);
        ResultChoices.offerSchemesAndData(framework, file, schemes, data);
        groups = GroupChoice.combo(area);
        councils = field(area, COUNCILS, "", "Council ids separated by commas (e.g. E06000062, E08000011): a strengths"
            + " and weaknesses section each; empty for none");
        draws = field(area, DRAWS, "0", "Monte Carlo draws of perturbed weights for the rank-interval and sensitivity"
            + " plots (as report --simulate); 0 for none");
        perturbation = field(area, PERTURBATION, String.valueOf(ReportRun.DEFAULT_PERTURBATION), "p: each weight is"
            + " multiplied by a factor drawn from 1 - p to 1 + p");
        problem = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).hint(460, SWT.DEFAULT).applyTo(problem);
        GroupChoice.offer(groups, problem);
        schemes.addSelectionChangedListener(e -> check());
        data.addSelectionChangedListener(e -> check());
        groups.addSelectionChangedListener(e -> check());
        return area;
    }

    private Text field(Composite area, String label, String initial, String tooltip) {
        new Label(area, SWT.NONE).setText(label);
        Text text = new Text(area, SWT.BORDER | SWT.SINGLE);
        text.setText(initial);
        text.setToolTipText(tooltip);
        text.setMessage(tooltip);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
        text.addModifyListener(e -> check());
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("Write Report");
        check();
    }

    /** Reads the fields into {@link #choice}, or names the first that does not read and disables OK. */
    private void check() {
        String message = null;
        long drawCount = -1;
        double p = Double.NaN;
        try {
            drawCount = Long.parseLong(draws.getText().trim());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (drawCount < 0 || drawCount > UncertainScheme.MAX_SAMPLES) {
            message = "Simulation draws: a whole number from 0 (none) to " + UncertainScheme.MAX_SAMPLES + ", not '"
                + draws.getText().trim() + "'";
        } else {
            try {
                p = Double.parseDouble(perturbation.getText().trim());
            } catch (NumberFormatException e) {
                // reported below
            }
            String wrong = Double.isNaN(p) ? "not a number" : WeightPerturbation.UNIFORM_FACTOR.checkAmount(p);
            if (wrong != null) {
                message = "Weight perturbation: " + wrong;
            }
        }
        ScoringScheme scheme = (ScoringScheme) schemes.getStructuredSelection().getFirstElement();
        IFile chosen = (IFile) data.getStructuredSelection().getFirstElement();
        if (message == null && (scheme == null || chosen == null)) {
            message = "Choose a scheme and a data file.";
        }
        choice = message != null ? null : new Choice(scheme, chosen, period.getText().isBlank() ? null
            : period.getText().trim(), GroupChoice.chosen(groups), Arrays.stream(councils.getText()
                .split("[,\\s]+")).map(String::trim)
                .filter(id -> !id.isEmpty()).distinct().toList(), drawCount, p);
        if (problem != null && !problem.isDisposed()) {
            problem.setText(message == null ? "" : message);
        }
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(choice != null);
        }
    }

    @Override
    protected void okPressed() {
        check();
        if (choice != null) {
            super.okPressed();
        }
    }

    /** What was chosen (after OK). */
    Choice choice() {
        return choice;
    }
}
