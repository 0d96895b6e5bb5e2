package org.framewright.ui.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.part.ViewPart;
import org.framewright.model.ScoringScheme;
import org.framewright.simulation.CouncilUncertainty;
import org.framewright.simulation.MonteCarloResult;
import org.framewright.simulation.WeightPerturbation;
import org.framewright.simulation.SimulationTables;
import org.framewright.ui.charts.RankChart;
import org.framewright.ui.charts.RatingChart;
import org.framewright.ui.charts.SensitivityChart;
import org.framewright.ui.results.DocumentChoice;
import org.framewright.ui.results.Cancellation;
import org.framewright.ui.results.GroupChoice;

/**
 * Simulates a scheme under uncertain weights: choose framework, scheme, data, period, draws, seed and perturbation,
 * optionally sensitivity; Run starts a cancellable {@link SimulationJob}. Shows per-council rating probabilities,
 * rank intervals, sensitivity indices and a sortable statistics table; charts export to PNG, tables to CSV.
 */
public final class SimulationView extends ViewPart {

    /** The view id, as declared in plugin.xml. */
    public static final String ID = "org.framewright.ui.simulation";

    private SimulationInputs inputs;
    private Button run;
    private Button cancel;
    private ProgressBar progress;
    private Label status;
    private Label perturbed;
    private CTabFolder tabs;
    private RatingChart ratings;
    private RankChart ranks;
    private SensitivityChart sensitivityChart;
    private RowsTable sensitivityTable;
    private RowsTable statistics;
    private DocumentChoice choice;
    private SimulationJob.Outcome outcome;
    private Job job;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(parent);
        inputs = new SimulationInputs(parent);
        Composite actions = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).spacing(6, 0).applyTo(actions);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
        run = button(actions, "Run simulation", this::run);
        cancel = button(actions, "Cancel", this::cancel);
        cancel.setEnabled(false);
        progress = new ProgressBar(actions, SWT.HORIZONTAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(progress);
        status = new Label(actions, SWT.NONE);
        status.setText("Choose a framework, a scheme and a data file, then Run.");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
        perturbed = new Label(parent, SWT.WRAP);
        perturbed.setToolTipText("What each draw perturbs, and by how much");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(perturbed);
        tabs = new CTabFolder(parent, SWT.BORDER | SWT.BOTTOM);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        ratings = new RatingChart(tabs);
        tab("Rating probabilities", ratings.chart().getParent());
        ranks = new RankChart(tabs);
        tab("Rank intervals", ranks.chart().getParent());
        SashForm sash = new SashForm(tabs, SWT.VERTICAL);
        sensitivityChart = new SensitivityChart(sash);
        Composite sensitivityHolder = new Composite(sash, SWT.NONE);
        sensitivityHolder.setLayout(new org.eclipse.swt.layout.FillLayout());
        sensitivityTable = new RowsTable(sensitivityHolder);
        sash.setWeights(65, 35);
        tab("Sensitivity", sash);
        Composite statisticsHolder = new Composite(tabs, SWT.NONE);
        statisticsHolder.setLayout(new org.eclipse.swt.layout.FillLayout());
        statistics = new RowsTable(statisticsHolder);
        tab("Statistics", statisticsHolder);
        tabs.setSelection(0);
        choice = new DocumentChoice(inputs.frameworks, inputs.schemes, inputs.dataFiles,
            message -> status.setText(message));
        new SimulationExports(this).contributeTo(getViewSite().getActionBars().getToolBarManager());
        refreshChoices();
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private void tab(String title, Control control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(control);
    }

    /** Lists the workspace's frameworks, data files and comparator group files again. */
    public void refreshChoices() {
        choice.refresh();
        GroupChoice.offer(inputs.groupFiles, status);
    }

    /** Chooses {@code framework}, its first scheme and the data file named like it, for the user to run. */
    public void chooseFramework(IFile framework) {
        refreshChoices();
        choice.chooseFramework(framework);
    }

    /** Chooses the inputs (sensitivity when {@code baseSamples > 0}) and runs; returns the job (tests join it). */
    public Job simulate(IFile framework, String schemeId, IFile data, String periodOrNull, int draws, int seed,
            int baseSamples) {
        choice.choose(framework, schemeId, data);
        inputs.period.setText(periodOrNull == null ? "" : periodOrNull);
        inputs.draws.setSelection(draws);
        inputs.seed.setSelection(seed);
        inputs.sensitivity.setSelection(baseSamples > 0);
        if (baseSamples > 0) {
            inputs.baseSamples.setSelection(baseSamples);
        }
        return run();
    }

    private Job run() {
        if (!choice.complete()) {
            return null;
        }
        ScoringScheme scheme = choice.scheme();
        IFile data = choice.dataFile();
        WeightPerturbation perturbation = (WeightPerturbation) inputs.perturbation.getStructuredSelection()
            .getFirstElement();
        String problem = perturbation.checkAmount(inputs.amount());
        if (problem != null) {
            status.setText("p: " + problem);
            return null;
        }
        double shift = inputs.thresholdShift();
        if (!(shift >= 0) || Double.isInfinite(shift)) {
            status.setText("Thresholds +-: give a number of points of at least 0 (empty or 0: not perturbed), not '"
                + inputs.thresholds.getText().trim() + "'");
            return null;
        }
        String period = inputs.period.getText().isBlank() ? null : inputs.period.getText().trim();
        SimulationJob.Settings settings = new SimulationJob.Settings(scheme.getId(), data.getLocation().toFile().toPath(),
            period, GroupChoice.chosen(inputs.groupFiles), inputs.draws.getSelection(), inputs.seed.getSelection(),
            perturbation, inputs.amount(),
            inputs.sensitivity.getSelection() ? inputs.baseSamples.getSelection() : 0, shift);
        outcome = null;
        progress.setSelection(0);
        status.setText("Simulating " + settings.draws() + " draws of " + scheme.getName() + " on " + data.getName()
            + "...");
        job = new SimulationJob(choice.document().framework(), settings,
            percent -> asyncExec(() -> progress.setSelection(percent)), done -> asyncExec(() -> show(done)));
        Job started = job;
        Cancellation.whenCancelled(job, () -> asyncExec(() -> {
            if (outcome == null && job == started) {
                show(new SimulationJob.Outcome(null, null, "Cancelled before it started.", true));
            }
        }));
        run.setEnabled(false);
        cancel.setEnabled(true);
        job.schedule();
        return job;
    }

    private void asyncExec(Runnable runnable) {
        if (!status.isDisposed()) {
            status.getDisplay().asyncExec(() -> {
                if (!status.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    /** The chosen framework's file, or null (exports start in its project's folder). */
    public IFile frameworkFile() {
        return choice.frameworkFile();
    }

    /** Cancels the running simulation, if any. */
    public void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    private void show(SimulationJob.Outcome done) {
        outcome = done;
        run.setEnabled(true);
        cancel.setEnabled(false);
        if (done.result() == null) {
            progress.setSelection(0);
            status.setText(done.error());
            return;
        }
        List<CouncilUncertainty> ordered = done.result().councils().stream()
            .sorted(Comparator.comparing(CouncilUncertainty::medianRank, Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
        ratings.show(done.result(), ordered);
        ranks.show(ordered, done.result().samples());
        statistics.show(withCouncilNames(SimulationTables.header(done.result())),
            withCouncilNames(done.result(), SimulationTables.rows(done.result())));
        if (done.sensitivity() != null) {
            sensitivityChart.show(done.sensitivity());
            sensitivityTable.show(SimulationTables.SENSITIVITY_COLUMNS, SimulationTables.rows(done.sensitivity()));
        }
        status.setText(done.result().councils().size() + " councils, " + done.result().samples() + " draws, seed "
            + done.result().seed() + " (" + (done.result().fastPath() ? "fast path" : "re-scoring every draw") + ").");
        perturbed.setText("Perturbed: " + String.join("; ", done.perturbed().isEmpty() ? done.result().inputs()
            : done.perturbed()));
        perturbed.getParent().layout(true, true);
    }

    /** The header with {@code council_name} after {@code council}: a person reads names, not ONS codes. */
    private static List<String> withCouncilNames(List<String> header) {
        List<String> named = new ArrayList<>(header);
        named.add(1, "council_name");
        return named;
    }

    private static List<List<Object>> withCouncilNames(MonteCarloResult result, List<List<Object>> rows) {
        List<List<Object>> named = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = new ArrayList<>(rows.get(i));
            row.add(1, result.councils().get(i).councilName());
            named.add(row);
        }
        return named;
    }


    /** The last outcome shown (result or message), or null while running / before the first run. */
    public SimulationJob.Outcome outcome() {
        return outcome;
    }

    /** What the last run perturbed, in words ({@code "Perturbed: 6 area weights of agg-overall ..."}). */
    public String perturbedText() {
        return perturbed.getText();
    }

    /** The status line: what was simulated, or what went wrong. */
    public String statusText() {
        return status.getText();
    }

    /** True when Run is enabled (no simulation running). */
    public boolean canRun() {
        return run.isEnabled();
    }

    /** The chart on the selected tab, or null on the Statistics tab. */
    public Chart selectedChart() {
        return switch (tabs.getSelectionIndex()) {
            case 0 -> ratings.chart();
            case 1 -> ranks.chart();
            case 2 -> sensitivityChart.chart();
            default -> null;
        };
    }

    /** The table on the selected tab: the sensitivity table on the Sensitivity tab, else the statistics. */
    public RowsTable selectedTable() {
        return tabs.getSelectionIndex() == 2 ? sensitivityTable : statistics;
    }

    /** Selects tab {@code index}: 0 ratings, 1 ranks, 2 sensitivity, 3 statistics. */
    public void selectTab(int index) {
        tabs.setSelection(index);
    }

    /** The charts: ratings, ranks, sensitivity. */
    public List<Chart> charts() {
        return List.of(ratings.chart(), ranks.chart(), sensitivityChart.chart());
    }

    /** The Run simulation button (tests click it). */
    public Button runButton() {
        return run;
    }

    /** The Sensitivity checkbox and its base-samples spinner. */
    public Button sensitivityCheckbox() {
        return inputs.sensitivity;
    }

    /** Whether the base-samples spinner takes input (only with Sensitivity ticked). */
    public boolean baseSamplesEnabled() {
        return inputs.baseSamples.isEnabled();
    }

    /** Sets the draws and base samples as a person types them into the spinners. */
    public void typeDrawsAndBaseSamples(int draws, int baseSamples) {
        inputs.draws.setSelection(draws);
        inputs.baseSamples.setSelection(baseSamples);
    }

    /** The framework, scheme and data-file choices. */
    public List<Combo> choices() {
        return List.of(inputs.frameworks.getCombo(), inputs.schemes.getCombo(), inputs.dataFiles.getCombo());
    }

    /** The Period combo. */
    public Combo periodCombo() {
        return inputs.period;
    }

    /** The last simulation job started, or null. */
    public Job lastJob() {
        return job;
    }

    /** The statistics table. */
    public RowsTable statistics() {
        return statistics;
    }

    @Override
    public void setFocus() {
        run.setFocus();
    }

    @Override
    public void dispose() {
        cancel();
        choice.release();
        super.dispose();
    }
}
