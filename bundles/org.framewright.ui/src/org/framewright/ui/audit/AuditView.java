package org.framewright.ui.audit;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.framewright.audit.AuditReport;
import org.framewright.audit.AuditTables;
import org.framewright.audit.WeightScenarios;
import org.framewright.audit.WeightSunburst;
import org.framewright.model.Framework;
import org.framewright.ui.charts.DistributionChart;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.editing.ModelDocuments;
import org.framewright.ui.editing.WorkspaceFiles;
import org.framewright.ui.results.DataPeriods;
import org.framewright.ui.results.GroupChoice;
import org.framewright.ui.results.ResultChoices;
import org.framewright.ui.simulation.RowsTable;

/**
 * The statistical audit of a framework's first scheme on a council data file: choose framework, data and period,
 * then Run audit. Tabs: the indicators (availability, moments, outliers, correlations with area and overall,
 * leave-one-out rank shifts, flags), the areas (Cronbach's alpha, first principal component, leave-one-out), the
 * indicators' distributions (a strip of dots per indicator, outliers red, JRC-flagged indicators named), the
 * correlation heatmap, the weights (current, effective, PCA and optimised per weighted input, with a chart of current
 * against effective, and Keep as Scenario... to write one set as a framework file beside the framework and open it),
 * and the framework's sunburst of levels and weights.
 * The tables are those of {@code framewright audit} ({@link AuditTables}); click a header to sort.
 */
public final class AuditView extends ViewPart {

    /** The view id, as declared in plugin.xml. */
    public static final String ID = "org.framewright.ui.audit";

    /** The label of the button that keeps a set of weights as a scenario, and the title of its dialog. */
    public static final String KEEP_LABEL = "Keep as Scenario...", KEEP_TITLE = "Keep as Scenario";

    /** The labels of the tabs of the indicators' distributions and of the framework's sunburst. */
    public static final String DISTRIBUTIONS = "Distributions", SUNBURST = "Sunburst";

    private ComboViewer frameworks;
    private ComboViewer dataFiles;
    private Combo period;
    private ComboViewer groupFiles;
    private Button run;
    private Label status;
    private CTabFolder tabs;
    private RowsTable indicators;
    private RowsTable areas;
    private CorrelationHeatmap heatmap;
    private DistributionChart distributions;
    private SunburstCanvas sunburst;
    private RowsTable weights;
    private WeightsChart weightsChart;
    private Button keep;
    private Label weightsNote;
    private IFile auditedFile;
    private AuditJob.Outcome outcome;
    private Job job;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(10).spacing(6, 0).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        frameworks = ResultChoices.combo(bar, "Framework:", 210, String::valueOf);
        dataFiles = ResultChoices.combo(bar, "Data:", 170, String::valueOf);
        new Label(bar, SWT.NONE).setText("Period:");
        period = new Combo(bar, SWT.DROP_DOWN);
        period.setToolTipText("The periods of the data file (the latest chosen); empty: the data's only period");
        GridDataFactory.fillDefaults().hint(100, SWT.DEFAULT).applyTo(period);
        DataPeriods.follow(dataFiles, period);
        groupFiles = GroupChoice.combo(bar);
        run = new Button(bar, SWT.PUSH);
        run.setText("Run audit");
        run.addListener(SWT.Selection, e -> run());
        // a line of its own that wraps: a run's summary or a data file's problem is read in full
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(status);
        parent.addListener(SWT.Resize, e -> fitStatus());
        status("Choose a framework and a data file, then Run audit.");
        tabs = new CTabFolder(parent, SWT.BORDER | SWT.BOTTOM);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        indicators = new RowsTable(holder("Indicators"));
        areas = new RowsTable(holder("Areas"));
        distributions = new DistributionChart(holder(DISTRIBUTIONS));
        Composite heat = holder("Correlations");
        heatmap = new CorrelationHeatmap(heat);
        createWeightsTab(holder("Weights"));
        sunburst = new SunburstCanvas(holder(SUNBURST));
        tabs.setSelection(0);
        frameworks.addSelectionChangedListener(e -> frameworkChosen());
        refreshChoices();
    }

    private void createWeightsTab(Composite holder) {
        Composite tab = new Composite(holder, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(tab);
        Composite actions = new Composite(tab, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 0).applyTo(actions);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
        keep = new Button(actions, SWT.PUSH);
        keep.setText(KEEP_LABEL);
        keep.setToolTipText("Write the scheme with the effective, PCA or optimised weights beside the framework as"
            + " <name>-<weights>.framework, and open it");
        keep.setEnabled(false);
        keep.addListener(SWT.Selection, e -> keepAsScenario());
        weightsNote = new Label(actions, SWT.WRAP);
        weightsNote.setText("Weights in % of the overall score: current (nominal), effective (share of the overall"
            + " score's variance), PCA, optimised (effective approaching current).");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(weightsNote);
        SashForm sash = new SashForm(tab, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite table = new Composite(sash, SWT.NONE);
        table.setLayout(new FillLayout());
        weights = new RowsTable(table);
        Composite chart = new Composite(sash, SWT.NONE);
        chart.setLayout(new FillLayout());
        weightsChart = new WeightsChart(chart);
        sash.setWeights(1, 1);
    }

    private void keepAsScenario() {
        AuditJob.Outcome shown = outcome;
        if (shown == null || shown.weights() == null || auditedFile == null) {
            return;
        }
        String base = auditedFile.getName().replaceFirst("\\.framework$", "");
        MessageDialog dialog = new MessageDialog(keep.getShell(), KEEP_TITLE, null, "Keep " + shown.scheme().getName()
            + " with which weights? The copy of " + auditedFile.getName() + " is written beside it as " + base
            + "-<weights>.framework and opened.", MessageDialog.QUESTION, 3, "Effective", "PCA", "Optimised",
            "Cancel");
        int answer = dialog.open();
        if (answer < 0 || answer > 2) {
            return;
        }
        WeightScenarios.Kind kind = WeightScenarios.Kind.values()[answer];
        try {
            WeightScenarios.Scenario scenario = WeightScenarios.scenario(shown.scheme(), shown.weights(), kind);
            Path written = WeightScenarios.keep(scenario, auditedFile.getLocation().toFile().toPath(), kind);
            auditedFile.getParent().refreshLocal(IResource.DEPTH_ONE, null);
            IFile kept = auditedFile.getParent().getFile(new org.eclipse.core.runtime.Path(
                written.getFileName().toString()));
            status("Kept the " + kind.id() + " weights as " + kept.getFullPath()
                + (scenario.notes().isEmpty() ? "" : "; " + String.join("; ", scenario.notes())));
            IDE.openEditor(getSite().getPage(), kept);
        } catch (IOException | CoreException e) {
            status("Cannot keep the scenario: " + e.getMessage());
        }
    }

    private void status(String text) {
        status.setText(text);
        status.setToolTipText(text);
        fitStatus();
    }

    /** Wraps the status line at the view's width (a wrapping label is as wide as its width hint). */
    private void fitStatus() {
        Composite parent = status.getParent();
        int width = parent.getClientArea().width - 12;
        if (width > 0) {
            ((org.eclipse.swt.layout.GridData) status.getLayoutData()).widthHint = width;
            parent.layout(true);
        }
    }

    private Composite holder(String title) {
        Composite holder = new Composite(tabs, SWT.NONE);
        holder.setLayout(new FillLayout());
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(holder);
        return holder;
    }

    /** Lists the workspace's frameworks, data files and comparator group files again. */
    public void refreshChoices() {
        try {
            WorkspaceFiles files = WorkspaceFiles.scan();
            frameworks.setInput(files.frameworks());
            dataFiles.setInput(files.dataFiles());
        } catch (CoreException e) {
            status(e.getMessage());
        }
        GroupChoice.offer(groupFiles, status);
    }

    /** Chooses {@code framework} and the data file named like it, for the user to run. */
    public void chooseFramework(IFile framework) {
        refreshChoices();
        frameworks.setSelection(new StructuredSelection(framework));
    }

    private void frameworkChosen() {
        IFile file = (IFile) frameworks.getStructuredSelection().getFirstElement();
        enableKeep();
        if (file != null) {
            @SuppressWarnings("unchecked")
            List<IFile> data = (List<IFile>) dataFiles.getInput();
            IFile named = ResultChoices.dataFileFor(file, data);
            if (named != null) {
                dataFiles.setSelection(new StructuredSelection(named));
            }
        }
    }

    private void run() {
        IFile file = (IFile) frameworks.getStructuredSelection().getFirstElement();
        IFile data = (IFile) dataFiles.getStructuredSelection().getFirstElement();
        if (file == null || data == null || data.getLocation() == null) {
            status("Choose a framework and a data file.");
            return;
        }
        ModelDocument document;
        try {
            document = ModelDocuments.acquire(file);
        } catch (CoreException e) {
            status(e.getMessage());
            return;
        }
        String chosenPeriod = period.getText().isBlank() ? null : period.getText().trim();
        try {
            outcome = null;
            auditedFile = file;
            keep.setEnabled(false);
            run.setEnabled(false);
            status("Auditing " + file.getName() + " on " + data.getName() + "...");
            job = new AuditJob(document.framework(), data.getLocation().toFile().toPath(), chosenPeriod,
                GroupChoice.chosen(groupFiles), done -> status.getDisplay().asyncExec(() -> show(done)));
        } finally {
            document.release();
        }
        job.schedule();
    }

    private void show(AuditJob.Outcome done) {
        if (status.isDisposed()) {
            return;
        }
        outcome = done;
        run.setEnabled(true);
        if (done.report() == null) {
            status(done.error());
            return;
        }
        AuditReport report = done.report();
        status(report.councils() + " councils, " + report.indicators().size() + " indicators, "
            + report.areas().size() + " areas" + (report.period() == null ? "" : ", period " + report.period())
            + "; " + report.collinearPairs().size() + " collinear pair(s)");
        show(indicators, AuditTables.indicators(report));
        show(areas, AuditTables.areas(report));
        heatmap.show(report);
        distributions.show(report);
        sunburst.show(done.weights() == null ? null
            : WeightSunburst.of((Framework) EcoreUtil.getRootContainer(done.scheme()), done.weights()));
        if (done.weights() != null) {
            show(weights, AuditTables.weights(done.weights()));
            weightsChart.show(done.weights());
            enableKeep();
            weightsNote.setText(done.weights().rows().isEmpty() ? "No mean or weighted-mean rule: no weights."
                : "Weights in % of the overall score: current (nominal), effective (share of the overall score's"
                    + " variance), PCA, optimised; " + done.weights().completeCouncils() + " councils with every"
                    + " input; optimiser distance " + AuditTables.fixed(done.weights().distanceBefore(), 6) + " -> "
                    + AuditTables.fixed(done.weights().distanceAfter(), 6) + ".");
            weightsNote.getParent().layout();
        }
    }

    /** Keep as Scenario keeps the weights shown, so only while the framework chosen is the one they were computed on. */
    private void enableKeep() {
        AuditJob.Outcome shown = outcome;
        keep.setEnabled(shown != null && shown.weights() != null && !shown.weights().rows().isEmpty()
            && auditedFile != null && auditedFile.equals(frameworks.getStructuredSelection().getFirstElement()));
    }

    /** Shows text rows, numbers as numbers (so that they sort as numbers) with the digits the table gives them. */
    private static void show(RowsTable table, List<List<String>> rows) {
        List<List<Object>> values = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            List<Object> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add(cell.isEmpty() ? null : cell.matches("-?[0-9]+(\\.[0-9]+)?") ? new BigDecimal(cell) : cell);
            }
            values.add(cells);
        }
        table.show(rows.get(0), values);
    }

    /** Chooses framework, data and period as the user would, and runs; returns the job (tests join it). */
    public Job audit(IFile framework, IFile data, String periodOrNull) {
        frameworks.setSelection(new StructuredSelection(framework));
        dataFiles.setSelection(new StructuredSelection(data));
        period.setText(periodOrNull == null ? "" : periodOrNull);
        run();
        return job;
    }

    /** The last outcome shown, or null while running / before the first run. */
    public AuditJob.Outcome outcome() {
        return outcome;
    }

    /** The status line. */
    public String statusText() {
        return status.getText();
    }

    /** The status line. */
    public Label statusLabel() {
        return status;
    }

    /** The Run audit button. */
    public Button runButton() {
        return run;
    }

    /** The framework, data and groups choices, in that order. */
    public List<Combo> choices() {
        return List.of(frameworks.getCombo(), dataFiles.getCombo(), groupFiles.getCombo());
    }

    /** The period combo. */
    public Combo periodCombo() {
        return period;
    }

    /** The job of the last run, or null. */
    public Job lastJob() {
        return job;
    }

    /** The indicators table. */
    public RowsTable indicatorsTable() {
        return indicators;
    }

    /** The areas table. */
    public RowsTable areasTable() {
        return areas;
    }

    /** The heatmap. */
    public CorrelationHeatmap heatmap() {
        return heatmap;
    }

    /** The weights table. */
    public RowsTable weightsTable() {
        return weights;
    }

    /** The chart of current against effective weights. */
    public WeightsChart weightsChart() {
        return weightsChart;
    }

    /** The Keep as Scenario... button. */
    public Button keepButton() {
        return keep;
    }

    /** The chart of the indicators' distributions. */
    public DistributionChart distributionChart() {
        return distributions;
    }

    /** The sunburst of the framework's levels and weights. */
    public SunburstCanvas sunburst() {
        return sunburst;
    }

    /** The tab folder (Indicators, Areas, Distributions, Correlations, Weights, Sunburst). */
    public CTabFolder tabs() {
        return tabs;
    }

    @Override
    public void setFocus() {
        Control focus = run;
        focus.setFocus();
    }
}
