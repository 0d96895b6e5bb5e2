package org.framewright.ui.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.framewright.audit.AuditReport;
import org.framewright.audit.AuditTables;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.editing.ModelDocuments;
import org.framewright.ui.editing.WorkspaceFiles;
import org.framewright.ui.results.DataPeriods;
import org.framewright.ui.results.ResultChoices;
import org.framewright.ui.simulation.RowsTable;

/**
 * The statistical audit of a framework's first scheme on a council data file: choose framework, data and period,
 * then Run audit. Tabs: the indicators (availability, moments, outliers, correlations with area and overall,
 * leave-one-out rank shifts, flags), the areas (Cronbach's alpha, first principal component, leave-one-out), and the
 * correlation heatmap. The tables are those of {@code framewright audit} ({@link AuditTables}); click a header to sort.
 */
public final class AuditView extends ViewPart {

    /** The view id, as declared in plugin.xml. */
    public static final String ID = "org.framewright.ui.audit";

    private ComboViewer frameworks;
    private ComboViewer dataFiles;
    private Combo period;
    private Button run;
    private Label status;
    private CTabFolder tabs;
    private RowsTable indicators;
    private RowsTable areas;
    private CorrelationHeatmap heatmap;
    private AuditJob.Outcome outcome;
    private Job job;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(9).spacing(6, 0).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        frameworks = ResultChoices.combo(bar, "Framework:", 210, String::valueOf);
        dataFiles = ResultChoices.combo(bar, "Data:", 170, String::valueOf);
        new Label(bar, SWT.NONE).setText("Period:");
        period = new Combo(bar, SWT.DROP_DOWN);
        period.setToolTipText("The periods of the data file (the latest chosen); empty: the data's only period");
        GridDataFactory.fillDefaults().hint(100, SWT.DEFAULT).applyTo(period);
        DataPeriods.follow(dataFiles, period);
        run = new Button(bar, SWT.PUSH);
        run.setText("Run audit");
        run.addListener(SWT.Selection, e -> run());
        status = new Label(bar, SWT.NONE);
        status.setText("Choose a framework and a data file, then Run audit.");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
        tabs = new CTabFolder(parent, SWT.BORDER | SWT.BOTTOM);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        indicators = new RowsTable(holder("Indicators"));
        areas = new RowsTable(holder("Areas"));
        Composite heat = holder("Correlations");
        heatmap = new CorrelationHeatmap(heat);
        tabs.setSelection(0);
        frameworks.addSelectionChangedListener(e -> frameworkChosen());
        refreshChoices();
    }

    private Composite holder(String title) {
        Composite holder = new Composite(tabs, SWT.NONE);
        holder.setLayout(new FillLayout());
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(holder);
        return holder;
    }

    /** Lists the workspace's frameworks and data files again. */
    public void refreshChoices() {
        try {
            WorkspaceFiles files = WorkspaceFiles.scan();
            frameworks.setInput(files.frameworks());
            dataFiles.setInput(files.dataFiles());
        } catch (CoreException e) {
            status.setText(e.getMessage());
        }
    }

    /** Chooses {@code framework} and the data file named like it, for the user to run. */
    public void chooseFramework(IFile framework) {
        refreshChoices();
        frameworks.setSelection(new StructuredSelection(framework));
    }

    private void frameworkChosen() {
        IFile file = (IFile) frameworks.getStructuredSelection().getFirstElement();
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
            status.setText("Choose a framework and a data file.");
            return;
        }
        ModelDocument document;
        try {
            document = ModelDocuments.acquire(file);
        } catch (CoreException e) {
            status.setText(e.getMessage());
            return;
        }
        String chosenPeriod = period.getText().isBlank() ? null : period.getText().trim();
        try {
            outcome = null;
            run.setEnabled(false);
            status.setText("Auditing " + file.getName() + " on " + data.getName() + "...");
            job = new AuditJob(document.framework(), data.getLocation().toFile().toPath(), chosenPeriod,
                done -> status.getDisplay().asyncExec(() -> show(done)));
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
            status.setText(done.error());
            return;
        }
        AuditReport report = done.report();
        status.setText(report.councils() + " councils, " + report.indicators().size() + " indicators, "
            + report.areas().size() + " areas" + (report.period() == null ? "" : ", period " + report.period())
            + "; " + report.collinearPairs().size() + " collinear pair(s)");
        show(indicators, AuditTables.indicators(report));
        show(areas, AuditTables.areas(report));
        heatmap.show(report);
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

    /** The Run audit button. */
    public Button runButton() {
        return run;
    }

    /** The framework and data choices, in that order. */
    public List<Combo> choices() {
        return List.of(frameworks.getCombo(), dataFiles.getCombo());
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

    /** The tab folder (Indicators, Areas, Correlations). */
    public CTabFolder tabs() {
        return tabs;
    }

    @Override
    public void setFocus() {
        Control focus = run;
        focus.setFocus();
    }
}
