package org.framewright.ui.scorecard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataFileException;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.Frequency;
import org.framewright.model.query.PeriodCalendar;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.ModelLoadException;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.series.Rag;
import org.framewright.scoring.series.ScorecardRow;
import org.framewright.scoring.series.Scorecards;
import org.framewright.ui.editing.WorkspaceFiles;
import org.framewright.ui.results.ResultChoices;

/**
 * The Scorecard view: choose a framework, a data file of monthly (or quarterly, annual) values, a council and a
 * month; the table shows one row per indicator with its target, its value in every period coloured by RAG, and for
 * the chosen month the year-to-date value, its RAG and the direction of travel (as {@code ./framewright scorecard}
 * computes them). A double-click on a row opens the series chart with the target.
 */
public final class ScorecardView extends ViewPart {

    /** The view id, as declared in plugin.xml. */
    public static final String ID = "org.framewright.ui.scorecard";

    private ComboViewer frameworks;
    private ComboViewer dataFiles;
    private Combo council;
    private Combo month;
    private Label status;
    private Table table;
    private Framework framework;
    private DataSet data;
    private final Map<String, List<ScorecardRow>> byIndicator = new LinkedHashMap<>();
    private final List<String> periods = new ArrayList<>();

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(8).spacing(6, 0).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        frameworks = ResultChoices.combo(bar, "Framework:", 180, String::valueOf);
        dataFiles = ResultChoices.combo(bar, "Data:", 220, String::valueOf);
        new Label(bar, SWT.NONE).setText("Council:");
        council = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(council);
        new Label(bar, SWT.NONE).setText("Month:");
        month = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        month.setToolTipText("The period whose year-to-date value, RAG and direction of travel are shown");
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(month);
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        table.addListener(SWT.DefaultSelection, e -> openChart());
        frameworks.addSelectionChangedListener(e -> load());
        dataFiles.addSelectionChangedListener(e -> load());
        council.addListener(SWT.Selection, e -> build());
        month.addListener(SWT.Selection, e -> fill());
        refreshChoices();
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

    /**
     * Shows the scorecard of {@code file}: its data file is the first whose name starts like the framework's up to
     * its last dash and that holds several periods of the model's frequency (e.g. {@code
     * west-northamptonshire-2023-24-monthly.csv} for {@code west-northamptonshire-2024.framework}), else the one
     * named like it.
     */
    public void showFramework(IFile file) {
        refreshChoices();
        frameworks.setSelection(new StructuredSelection(file));
        @SuppressWarnings("unchecked")
        List<IFile> candidates = (List<IFile>) dataFiles.getInput();
        String base = file.getName().replaceFirst("\\.framework$", "");
        String stem = base.contains("-") ? base.substring(0, base.lastIndexOf('-') + 1) : base;
        IFile chosen = candidates.stream().filter(f -> f.getName().startsWith(stem))
            .filter(f -> f.getName().contains("monthly") || f.getName().contains("quarterly")).findFirst()
            .orElse(ResultChoices.dataFileFor(file, candidates));
        if (chosen != null) {
            dataFiles.setSelection(new StructuredSelection(chosen));
        }
    }

    private void load() {
        framework = null;
        data = null;
        IFile frameworkFile = (IFile) frameworks.getStructuredSelection().getFirstElement();
        IFile dataFile = (IFile) dataFiles.getStructuredSelection().getFirstElement();
        if (frameworkFile == null || dataFile == null || dataFile.getLocation() == null) {
            show("Choose a framework and a data file of its indicators by month.");
            return;
        }
        try {
            framework = FrameworkFiles.loadFramework(frameworkFile.getLocation().toPath());
        } catch (ModelLoadException e) {
            show(frameworkFile.getName() + " cannot be read: " + String.join("; ", e.problems()));
            return;
        }
        Frequency frequency = PeriodCalendar.declaredBy(framework);
        if (frequency == Frequency.UNSPECIFIED) {
            show(framework.getName() + " declares no monthly, quarterly or annual indicators.");
            return;
        }
        DataImport imported;
        try {
            imported = CouncilDataReader.read(dataFile.getLocation().toPath(),
                new ImportOptions(framework, null).withFrequency(frequency));
        } catch (DataFileException e) {
            show(e.getMessage());
            return;
        }
        if (imported.hasErrors()) {
            show(imported.errors().size() + " error(s) in " + dataFile.getName() + ", first: " + imported.errors().get(0));
            return;
        }
        data = imported.dataSet();
        council.setItems(data.getCouncils().stream().map(c -> c.getName() + " (" + c.getId() + ")")
            .toArray(String[]::new));
        if (council.getItemCount() > 0) {
            council.select(0);
        }
        build();
    }

    private void build() {
        byIndicator.clear();
        periods.clear();
        if (data == null || council.getSelectionIndex() < 0) {
            fill();
            return;
        }
        Council chosen = data.getCouncils().get(council.getSelectionIndex());
        for (ScorecardRow row : Scorecards.build(framework, data, chosen.getId(), null, null)) {
            byIndicator.computeIfAbsent(row.indicator().getId(), k -> new ArrayList<>()).add(row);
            if (!periods.contains(row.period())) {
                periods.add(row.period());
            }
        }
        month.setItems(periods.toArray(String[]::new));
        month.select(periods.size() - 1);
        status.setText(chosen.getName() + ": " + byIndicator.size() + " indicators, " + periods.size()
            + " periods. Double-click an indicator for its chart.");
        fill();
    }

    private void fill() {
        table.setRedraw(false);
        table.removeAll();
        for (TableColumn column : table.getColumns()) {
            column.dispose();
        }
        int chosen = month.getSelectionIndex();
        List<String> headers = new ArrayList<>(List.of("Indicator", "Target"));
        headers.addAll(periods);
        if (chosen >= 0) {
            headers.addAll(List.of("YTD " + periods.get(chosen), "YTD RAG", "Direction"));
        }
        for (String header : headers) {
            TableColumn column = new TableColumn(table, table.getColumnCount() == 0 ? SWT.LEFT : SWT.RIGHT);
            column.setText(header);
        }
        for (List<ScorecardRow> series : byIndicator.values()) {
            TableItem item = new TableItem(table, SWT.NONE);
            ScorecardRow last = series.get(chosen < 0 ? series.size() - 1 : chosen);
            item.setText(0, series.get(0).indicator().getId() + "  " + shortName(series.get(0).indicator().getName()));
            item.setText(1, ScoreFormat.format(last.target()));
            for (int p = 0; p < series.size(); p++) {
                item.setText(2 + p, ScoreFormat.format(series.get(p).value()));
                colour(item, 2 + p, series.get(p).rag());
            }
            if (chosen >= 0) {
                int at = 2 + series.size();
                item.setText(at, ScoreFormat.format(last.ytdValue()));
                item.setText(at + 1, last.ytdRag() == null ? "" : last.ytdRag().label());
                colour(item, at + 1, last.ytdRag());
                item.setText(at + 2, last.direction() == null ? "" : last.direction().label());
            }
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        table.setRedraw(true);
    }

    /** The name cut to 40 characters (the chart's dialog gives it in full). */
    private static String shortName(String name) {
        String text = String.valueOf(name);
        return text.length() <= 40 ? text : text.substring(0, 39) + "\u2026";
    }

    private static void colour(TableItem item, int column, Rag rag) {
        if (rag != null) {
            item.setBackground(column, new Color(item.getDisplay(), rag == Rag.GREEN ? 0x3c : rag == Rag.AMBER ? 0xf0 : 0xc8,
                rag == Rag.GREEN ? 0x9a : rag == Rag.AMBER ? 0xa8 : 0x31, rag == Rag.GREEN ? 0x46 : rag == Rag.AMBER ? 0x30 : 0x2b));
        }
    }

    private void openChart() {
        int index = table.getSelectionIndex();
        if (index < 0) {
            return;
        }
        List<ScorecardRow> series = new ArrayList<>(byIndicator.values()).get(index);
        new SeriesChartDialog(table.getShell(), "Series: " + series.get(0).indicator().getId() + " against its target",
            series).open();
    }

    private void show(String message) {
        status.setText(message);
        byIndicator.clear();
        periods.clear();
        month.setItems();
        fill();
    }

    /** The scorecard table (tests read it as a person does). */
    public Table table() {
        return table;
    }

    /** The month chooser. */
    public Combo month() {
        return month;
    }

    /** The status line. */
    public String status() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }
}
