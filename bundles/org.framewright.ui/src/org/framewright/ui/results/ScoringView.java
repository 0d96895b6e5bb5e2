package org.framewright.ui.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.ViewPart;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.ScoredCouncils;
import org.framewright.scoring.ScoringResult;
import org.framewright.model.DataSet;
import org.framewright.scoring.series.BenchmarkRow;
import org.framewright.scoring.series.StrengthsAndWeaknesses;
import org.framewright.scoring.series.FrameworkBreak;
import org.framewright.scoring.series.TrendRow;
import org.framewright.ui.charts.RatingDistributionChart;
import org.framewright.ui.charts.StrengthsChart;
import org.framewright.ui.charts.TrendChart;
import org.framewright.ui.editor.FrameworkEditor;

/**
 * Scores councils: choose a framework, one of its schemes, a council data file, a period and optionally comparator
 * groups ({@link GroupChoice}), then Score (a cancellable job). Shows the league table (rank, council, score, rating; sortable) with the distribution of the
 * ratings below it and, for the selected council, the breakdown tree: every node in the framework's order with its
 * score, rating and arithmetic, and below it the council's trend: its rank in every period of the data file (scored
 * in the background as {@code framewright trend} does), a change of framework within the data breaking the line,
 * and in a tab beside it the council's strengths and weaknesses: its rank among the scored councils on every
 * indicator ({@link Benchmarks}' rank in the group of all scored councils), best to worst.
 * The league table exports to CSV. Over 400 lines because it coordinates those six parts (each drawn by a class of
 * its own) and the two jobs (scoring, trend) that feed them; splitting the coordination would scatter one flow.
 */
public final class ScoringView extends ViewPart {

    /** The view id, as declared in plugin.xml. */
    public static final String ID = "org.framewright.ui.results.scoring";

    /** Below this height the league table and the rating chart stand side by side. */
    private static final int SHORT_VIEW_HEIGHT = 360;

    private ComboViewer frameworks;
    private ComboViewer schemes;
    private ComboViewer dataFiles;
    private Combo period;
    private ComboViewer groupFiles;
    private Label status;
    private Button scoreButton;
    private LeagueTable league;
    private RatingDistributionChart distribution;
    private BreakdownTree breakdown;
    private TrendChart trend;
    private CTabFolder charts;
    private StrengthsChart strengths;
    private DataSet scoredData;
    private TrendJob.Outcome trendOutcome;
    private Job lastTrendJob;
    private IFile trendData;
    private Display display;
    private final IResourceChangeListener dataListener = this::dataFileChanged;
    private CouncilResult selected;
    private DocumentChoice choice;
    private ScoringResult result;
    private Job lastJob;
    // the period of the last scoring as asked for (null: the data's only period), to score a changed file alike
    private String scoredPeriod;
    // the id of the council to select again once a changed data file is scored (null: none)
    private String reselect;
    private boolean outcomeShown;

    @Override
    public void createPartControl(Composite parent) {
        display = parent.getDisplay();
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(11).spacing(6, 0).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        frameworks = ResultChoices.combo(bar, "Framework:", 150, String::valueOf);
        schemes = ResultChoices.combo(bar, "Scheme:", 150, String::valueOf);
        dataFiles = ResultChoices.combo(bar, "Data:", 120, String::valueOf);
        new Label(bar, SWT.NONE).setText("Period:");
        period = new Combo(bar, SWT.DROP_DOWN);
        period.setToolTipText("The periods of the data file (the latest chosen); empty: the data's only period");
        GridDataFactory.fillDefaults().hint(100, SWT.DEFAULT).applyTo(period);
        DataPeriods.follow(dataFiles, period);
        groupFiles = GroupChoice.combo(bar);
        choice = new DocumentChoice(frameworks, schemes, dataFiles, message -> status.setText(message));
        scoreButton = new Button(bar, SWT.PUSH);
        scoreButton.setText("Score");
        scoreButton.addListener(SWT.Selection, e -> score());
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        SashForm left = new SashForm(sash, SWT.VERTICAL);
        league = new LeagueTable(left);
        distribution = new RatingDistributionChart(left);
        left.setWeights(60, 40);
        // in a short view (the workbench's bottom row) the chart sits to the right of the table, else below it
        left.addListener(SWT.Resize, e -> left.setOrientation(
            left.getSize().y < SHORT_VIEW_HEIGHT ? SWT.HORIZONTAL : SWT.VERTICAL));
        SashForm right = new SashForm(sash, SWT.VERTICAL);
        breakdown = new BreakdownTree(right);
        // the trend and the strengths and weaknesses share the place, one tab each (the trend first)
        charts = new CTabFolder(right, SWT.BORDER | SWT.BOTTOM);
        trend = new TrendChart(charts);
        CTabItem trendTab = new CTabItem(charts, SWT.NONE);
        trendTab.setText("Trend");
        trendTab.setControl(trend.chart());
        strengths = new StrengthsChart(charts);
        CTabItem strengthsTab = new CTabItem(charts, SWT.NONE);
        strengthsTab.setText("Strengths and weaknesses");
        strengthsTab.setControl(strengths.chart());
        charts.setSelection(0);
        right.setWeights(62, 38);
        // likewise the trend chart: beside the breakdown in a short view, else below it
        // below the breakdown, the tabs' strip is added to the charts' share: the trend chart keeps its height
        right.addListener(SWT.Resize, e -> {
            int height = right.getSize().y;
            right.setOrientation(height < SHORT_VIEW_HEIGHT ? SWT.HORIZONTAL : SWT.VERTICAL);
            if (height >= SHORT_VIEW_HEIGHT) {
                int strip = charts.getTabHeight() + 2 * charts.getBorderWidth() + 2;
                right.setWeights(height * 62 / 100 - strip, height * 38 / 100 + strip);
            } else {
                right.setWeights(62, 38);
            }
        });
        sash.setWeights(38, 62);
        league.viewer().addSelectionChangedListener(event -> showBreakdown(
            (CouncilResult) ((IStructuredSelection) event.getSelection()).getFirstElement()));
        getViewSite().getActionBars().getToolBarManager().add(new ExportCsvAction(this));
        ResourcesPlugin.getWorkspace().addResourceChangeListener(dataListener, IResourceChangeEvent.POST_CHANGE);
        refreshChoices();
    }

    /**
     * Lists the workspace's frameworks, data files and comparator group files again; preselects the active framework
     * editor's file.
     */
    public void refreshChoices() {
        choice.refresh();
        GroupChoice.offer(groupFiles, status);
        IEditorPart editor = getSite().getPage().getActiveEditor();
        if (editor instanceof FrameworkEditor frameworkEditor) {
            choice.chooseFramework(frameworkEditor.document().file());
        }
    }

    /** Chooses the inputs and starts scoring; returns the job (tests join it). */
    public Job score(IFile framework, String schemeId, IFile data, String periodOrNull) {
        choice.choose(framework, schemeId, data);
        period.setText(periodOrNull == null ? "" : periodOrNull);
        return score();
    }

    /**
     * Chooses {@code framework} (its first scheme and the data file named like it, see {@link ResultChoices}) and
     * scores when both are there; else says what to choose and returns null.
     */
    public Job scoreFramework(IFile framework) {
        refreshChoices();
        choice.chooseFramework(framework);
        return score();
    }

    private Job score() {
        if (!choice.complete()) {
            return null;
        }
        String chosenPeriod = period.getText().isBlank() ? null : period.getText().trim();
        reselect = null;
        return start(choice.scheme(), choice.dataFile(), chosenPeriod, "Scoring " + choice.dataFile().getName() + "...");
    }

    /** Scores {@code data} under {@code scheme} of the chosen framework for {@code chosenPeriod}; shows it when done. */
    private Job start(ScoringScheme scheme, IFile data, String chosenPeriod, String doing) {
        Path file = data.getLocation().toFile().toPath();
        status.setText(doing);
        scoredPeriod = chosenPeriod;
        result = null;
        outcomeShown = false;
        trendOutcome = null;
        if (lastTrendJob != null) {
            lastTrendJob.cancel();
        }
        trendData = data;
        lastTrendJob = newTrendJob(scheme.getId(), file);
        Job[] job = new Job[1];
        job[0] = new ScoringJob(choice.document().framework(), scheme.getId(), file, chosenPeriod,
            GroupChoice.chosen(groupFiles), outcome -> later(() -> {
                if (job[0] == lastJob) { // an earlier run that ends later must not replace this one's result
                    show(outcome);
                }
            }));
        lastJob = job[0];
        lastJob.schedule();
        return lastJob;
    }

    /** A trend job for the chosen framework (as it is now) on {@code file}; its outcome is shown if still the last. */
    private Job newTrendJob(String schemeId, Path file) {
        Job[] trendJob = new Job[1];
        trendJob[0] = new TrendJob(choice.document().framework(), schemeId, file, GroupChoice.chosen(groupFiles),
            outcome -> later(() -> {
                if (trendJob[0] == lastTrendJob) { // an earlier run's trend comes too late
                    showTrend(outcome);
                }
            }));
        trendJob[0].setSystem(true);
        return trendJob[0];
    }

    /**
     * When the data file of the shown result changes (saved by another program and refreshed, or replaced in the
     * workspace), scores it again with the same scheme and period, and its periods for the trend: the league table,
     * the charts and the breakdown show what the file now holds, the selected council still selected.
     */
    private void dataFileChanged(IResourceChangeEvent event) {
        IFile data = trendData;
        if (event.getDelta() == null || data == null) {
            return;
        }
        IResourceDelta delta = event.getDelta().findMember(data.getFullPath());
        if (delta == null || (delta.getKind() != IResourceDelta.ADDED
            && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) == 0)) {
            return;
        }
        later(() -> {
            if (status.isDisposed() || !outcomeShown || result == null || !data.equals(trendData)
                || choice.document() == null || data.getLocation() == null) {
                return;
            }
            ScoringScheme scheme = result.scheme();
            reselect = selected == null ? null : selected.council().getId();
            start(scheme, data, scoredPeriod, data.getName() + " changed: scoring it again...");
        });
    }

    /**
     * Runs {@code task} on the UI thread later; a job may finish after the view closed, when its widgets can no
     * longer give the display (each task checks that the view is still there).
     */
    private void later(Runnable task) {
        if (!display.isDisposed()) {
            display.asyncExec(task);
        }
    }

    private void show(ScoringJob.Outcome outcome) {
        if (status.isDisposed()) {
            return;
        }
        outcomeShown = true;
        if (outcome.error() != null || outcome.result() == null) {
            status.setText(outcome.error() != null ? outcome.error()
                : outcome.dataImport().errors().size() + " data errors; first: " + outcome.dataImport().errors().get(0));
            league.clear(); // an earlier result must not pass for this data's
            breakdown.show(null, choice.document().framework());
            selected = null;
            return;
        }
        result = outcome.result();
        scoredData = outcome.dataImport() == null ? null : outcome.dataImport().dataSet();
        status.setText(ScoredCouncils.of(result).summary() + " under " + result.scheme().getName()
            + (result.period() == null ? "" : ", period " + result.period()) + ". Select a council for its breakdown.");
        league.show(result);
        distribution.show(result);
        breakdown.show(null, choice.document().framework());
        selected = null;
        trend.show("Trend: select a council", List.of(), Map.of(), Set.of(), 1);
        strengths.show("Strengths and weaknesses: select a council", List.of(), List.of(), 1);
        lastTrendJob.schedule(); // every period of the file, once this one's result is there
        reselectCouncil();
    }

    // after the data file changed, the council the analyst was looking at stays selected (if the new data has it)
    private void reselectCouncil() {
        String id = reselect;
        reselect = null;
        result.councils().stream().filter(c -> c.council().getId().equals(id)).findFirst()
            .ifPresent(council -> league.viewer().setSelection(new StructuredSelection(council), true));
    }

    private void showBreakdown(CouncilResult council) {
        if (result != null) {
            breakdown.show(council, choice.document().framework());
            selected = council;
            showTrendOf(council);
            showStrengthsOf(council);
        }
    }

    /**
     * The council's rank on every indicator among the scored councils ({@link StrengthsAndWeaknesses}, the query the
     * report's section per council asks too).
     */
    private void showStrengthsOf(CouncilResult council) {
        if (council == null || scoredData == null) {
            return;
        }
        String name = council.council().getName() == null ? council.council().getId() : council.council().getName();
        List<BenchmarkRow> rows = StrengthsAndWeaknesses.of(choice.document().framework(), scoredData, result,
            council.council().getId());
        strengths.show(name + ": strengths and weaknesses",
            rows.stream().map(r -> r.indicator().getId()).toList(), rows.stream().map(BenchmarkRow::rank).toList(),
            StrengthsAndWeaknesses.scored(result).size());
    }

    private void showTrend(TrendJob.Outcome outcome) {
        if (status.isDisposed() || !outcomeShown) {
            return;
        }
        trendOutcome = outcome;
        showTrendOf(selected);
    }

    private void showTrendOf(CouncilResult council) {
        if (council == null) {
            return;
        }
        String name = council.council().getName() == null ? council.council().getId() : council.council().getName();
        if (trendOutcome == null) {
            trend.show(name + ": scoring every period of the data...", List.of(), Map.of(), Set.of(), 1);
            return;
        }
        if (trendOutcome.error() != null) {
            trend.show(trendOutcome.error(), List.of(), Map.of(), Set.of(), 1);
            return;
        }
        List<String> periods = new ArrayList<>();
        Map<String, Integer> ranks = new HashMap<>();
        Map<String, Integer> ranked = new HashMap<>();
        for (TrendRow row : trendOutcome.rows()) {
            if (!periods.contains(row.period())) {
                periods.add(row.period());
            }
            if (row.rank() != null) {
                ranked.merge(row.period(), 1, Integer::sum);
                if (row.council().equals(council.council().getId())) {
                    ranks.put(row.period(), row.rank());
                }
            }
        }
        Set<String> breaks = new HashSet<>();
        trendOutcome.breaks().forEach(b -> breaks.add(b.period()));
        String note = trendOutcome.breaks().isEmpty() ? ""
            : " (break before " + String.join(", ", trendOutcome.breaks().stream()
                .map(FrameworkBreak::period).toList()) + ")";
        trend.show(name + ": rank" + note, periods, ranks, breaks,
            ranked.values().stream().mapToInt(Integer::intValue).max().orElse(1));
    }

    /** The Score button (tests click it). */
    public Button scoreButton() {
        return scoreButton;
    }

    /** The last scoring job started, or null. */
    public Job lastJob() {
        return lastJob;
    }

    /** The framework, scheme, data-file and groups choices (tests choose in them as a person would). */
    public List<Combo> choices() {
        return List.of(frameworks.getCombo(), schemes.getCombo(), dataFiles.getCombo(), groupFiles.getCombo());
    }

    /** The Period combo. */
    public Combo periodCombo() {
        return period;
    }

    /** True once the last scoring run's outcome (result or problems) is shown. */
    public boolean isOutcomeShown() {
        return outcomeShown;
    }

    /** The status line of the view: what was scored, or what went wrong. */
    public String statusText() {
        return status.getText();
    }

    /** The last scoring result shown, or null. */
    public ScoringResult result() {
        return result;
    }

    /** The chosen framework's file, or null (exports start in its project's folder). */
    public IFile frameworkFile() {
        return choice.frameworkFile();
    }

    /** The league table (tests select councils in it). */
    public TableViewer leagueTable() {
        return league.viewer();
    }

    /** The breakdown tree of the selected council. */
    public TreeViewer breakdownTree() {
        return breakdown.viewer();
    }

    /** The selected breakdown row's steps, inputs and notes, one per line. */
    public Text breakdownDetails() {
        return breakdown.details();
    }

    /** The selected council's rank per period of the data file, below the breakdown. */
    public TrendChart trendChart() {
        return trend;
    }

    /** The selected council's rank on every indicator, best to worst, in the tab beside the trend. */
    public StrengthsChart strengthsChart() {
        return strengths;
    }

    /** The tabs of the trend and of the strengths and weaknesses. */
    public CTabFolder chartTabs() {
        return charts;
    }

    /** True once the trend of the last scoring run's data file is shown (or why there is none). */
    public boolean isTrendShown() {
        return trendOutcome != null;
    }

    /** The distribution of the overall ratings beside the league table. */
    public RatingDistributionChart distributionChart() {
        return distribution;
    }

    @Override
    public void setFocus() {
        league.viewer().getControl().setFocus();
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(dataListener);
        choice.release();
        super.dispose();
    }
}
