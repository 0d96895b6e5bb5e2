package org.framewright.ui.scorecard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.framewright.io.ComparatorGroupImport;
import org.framewright.io.ComparatorGroupReader;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataFileException;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.ComparatorGroup;
import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.Observation;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.ModelLoadException;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.series.BenchmarkRow;
import org.framewright.scoring.series.Benchmarks;
import org.framewright.scoring.series.GroupStatistics;
import org.framewright.ui.charts.GroupDotChart;
import org.framewright.ui.editing.WorkspaceFiles;
import org.framewright.ui.results.ResultChoices;

/**
 * The Benchmark view: a council against its comparator group (its nearest neighbours in Oflog's NN.json, or the
 * first club of a {@code group,council} CSV that lists it) in one period, as {@code ./framewright benchmark}
 * computes it: a table per indicator (value, group median and quartiles, rank in the group, robust z) and a dot
 * plot of every member's robust z per indicator with the council highlighted, in front of the group's quartile
 * band and median.
 */
public final class BenchmarkView extends ViewPart {

    /** The view id, as declared in plugin.xml. */
    public static final String ID = "org.framewright.ui.benchmark";

    private static final List<String> HEADERS = List.of("Indicator", "Value", "Group size", "Median", "Q1", "Q3",
        "Rank in group", "Robust z");

    private ComboViewer frameworks;
    private ComboViewer dataFiles;
    private ComboViewer groupFiles;
    private Combo council;
    private Combo period;
    private Label status;
    private Table table;
    private GroupDotChart chart;
    private Framework framework;
    private DataSet data;
    private ComparatorGroupImport groups;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(10).spacing(6, 0).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        frameworks = ResultChoices.combo(bar, "Framework:", 150, String::valueOf);
        dataFiles = ResultChoices.combo(bar, "Data:", 150, String::valueOf);
        groupFiles = ResultChoices.combo(bar, "Groups:", 110, String::valueOf);
        new Label(bar, SWT.NONE).setText("Council:");
        council = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().hint(170, SWT.DEFAULT).applyTo(council);
        new Label(bar, SWT.NONE).setText("Period:");
        period = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(period);
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String header : HEADERS) {
            new TableColumn(table, table.getColumnCount() == 0 ? SWT.LEFT : SWT.RIGHT).setText(header);
        }
        chart = new GroupDotChart(sash);
        sash.setWeights(45, 55);
        frameworks.addSelectionChangedListener(e -> loadData());
        dataFiles.addSelectionChangedListener(e -> loadData());
        groupFiles.addSelectionChangedListener(e -> loadGroups());
        council.addListener(SWT.Selection, e -> show());
        period.addListener(SWT.Selection, e -> show());
        refreshChoices();
    }

    /** Lists the workspace's frameworks, data files and group files ({@code .json}, {@code .csv}) again. */
    public void refreshChoices() {
        try {
            WorkspaceFiles files = WorkspaceFiles.scan();
            frameworks.setInput(files.frameworks());
            dataFiles.setInput(files.dataFiles());
            groupFiles.setInput(files.groupFiles());
        } catch (CoreException e) {
            status.setText(e.getMessage());
        }
    }

    /** Shows the view on {@code file} (the framework chosen; data, groups, council and period still to choose). */
    public void showFramework(IFile file) {
        refreshChoices();
        frameworks.setSelection(new StructuredSelection(file));
    }

    private void loadData() {
        IFile frameworkFile = (IFile) frameworks.getStructuredSelection().getFirstElement();
        IFile dataFile = (IFile) dataFiles.getStructuredSelection().getFirstElement();
        framework = null;
        data = null;
        if (frameworkFile == null || dataFile == null || dataFile.getLocation() == null) {
            status.setText("Choose a framework, its council data, a groups file (e.g. Oflog's NN.json) and a council.");
            return;
        }
        try {
            framework = FrameworkFiles.loadFramework(frameworkFile.getLocation().toPath());
            // a file over several years holds several frameworks' ids: the period is chosen below, ids are not checked
            DataImport imported = CouncilDataReader.read(dataFile.getLocation().toPath(), ImportOptions.none());
            if (imported.hasErrors()) {
                status.setText(imported.errors().size() + " error(s) in " + dataFile.getName() + ", first: "
                    + imported.errors().get(0));
                return;
            }
            data = imported.dataSet();
        } catch (ModelLoadException e) {
            status.setText(frameworkFile.getName() + " cannot be read: " + String.join("; ", e.problems()));
            return;
        } catch (DataFileException e) {
            status.setText(e.getMessage());
            return;
        }
        council.setItems(data.getCouncils().stream().map(c -> c.getName() + " (" + c.getId() + ")")
            .toArray(String[]::new));
        TreeSet<String> periods = new TreeSet<>();
        for (Observation o : data.getObservations()) {
            if (o.getPeriod() != null) {
                periods.add(o.getPeriod());
            }
        }
        period.setItems(periods.toArray(String[]::new));
        period.select(periods.size() - 1);
        show();
    }

    private void loadGroups() {
        IFile file = (IFile) groupFiles.getStructuredSelection().getFirstElement();
        groups = null;
        if (file == null || file.getLocation() == null) {
            return;
        }
        try {
            groups = ComparatorGroupReader.read(file.getLocation().toPath());
        } catch (DataFileException e) {
            status.setText(e.getMessage());
            return;
        }
        if (!groups.errors().isEmpty()) {
            status.setText(groups.errors().size() + " error(s) in " + file.getName() + ", first: " + groups.errors().get(0));
            groups = null;
            return;
        }
        show();
    }

    private void show() {
        table.removeAll();
        if (framework == null || data == null || groups == null || council.getSelectionIndex() < 0) {
            return;
        }
        Council chosen = data.getCouncils().get(council.getSelectionIndex());
        ComparatorGroup group = groups.find(chosen.getId());
        if (group == null) {
            group = groups.groups().stream().filter(g -> g.getMembers().contains(chosen.getId())).findFirst().orElse(null);
        }
        if (group == null) {
            status.setText("The groups file has no group for " + chosen.getName() + " (" + chosen.getId() + ").");
            chart.show(chosen.getName(), List.of(), Map.of(), new double[0], new double[0][]);
            return;
        }
        String when = period.getSelectionIndex() < 0 ? null : period.getText();
        Map<String, Map<String, Double>> values = Benchmarks.groupValues(framework, data, chosen.getId(),
            group.getMembers(), when);
        List<BenchmarkRow> rows = Benchmarks.build(framework, data, chosen.getId(), group.getMembers(), when);
        for (BenchmarkRow row : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {row.indicator().getId(), ScoreFormat.format(row.value()),
                Integer.toString(row.groupSize()), ScoreFormat.format(row.median()), ScoreFormat.format(row.q1()),
                ScoreFormat.format(row.q3()), row.rank() == null ? "" : row.rank().toString(),
                ScoreFormat.format(row.robustZ())});
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        plot(chosen, values);
        status.setText(chosen.getName() + " against " + group.getName() + " (" + group.getMembers().size()
            + " councils) in " + when + ": " + rows.size() + " indicators.");
    }

    private void plot(Council chosen, Map<String, Map<String, Double>> values) {
        List<String> indicators = new ArrayList<>(values.keySet());
        Map<String, double[]> members = new LinkedHashMap<>();
        double[] own = new double[indicators.size()];
        double[][] spread = new double[indicators.size()][];
        for (int i = 0; i < indicators.size(); i++) {
            Map<String, Double> group = values.get(indicators.get(i));
            GroupStatistics statistics = new GroupStatistics(new ArrayList<>(group.values()));
            // the group's quartiles and median on the dots' scale (robust z; 0 where the MAD is 0, as the dots)
            spread[i] = new double[] {zOrZero(statistics, statistics.quantile(0.25)),
                zOrZero(statistics, statistics.median()), zOrZero(statistics, statistics.quantile(0.75))};
            own[i] = Double.NaN;
            for (Map.Entry<String, Double> member : group.entrySet()) {
                Double z = statistics.robustZ(member.getValue());
                double plotted = z == null ? 0 : z;
                if (member.getKey().equals(chosen.getId())) {
                    own[i] = plotted;
                } else {
                    double[] series = members.computeIfAbsent(member.getKey(), k -> nan(indicators.size()));
                    series[i] = plotted;
                }
            }
        }
        chart.show(chosen.getName(), indicators, members, own, spread);
    }

    private static double zOrZero(GroupStatistics statistics, double value) {
        Double z = statistics.robustZ(value);
        return z == null ? 0 : z;
    }

    private static double[] nan(int size) {
        double[] values = new double[size];
        java.util.Arrays.fill(values, Double.NaN);
        return values;
    }

    /** The table of the council against its group (tests read it as a person does). */
    public Table table() {
        return table;
    }

    /** The dot plot. */
    public GroupDotChart chart() {
        return chart;
    }

    /** The status line. */
    public String status() {
        return status.getText();
    }

    /** The council chooser. */
    public Combo council() {
        return council;
    }

    /** The period chooser. */
    public Combo period() {
        return period;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }
}
