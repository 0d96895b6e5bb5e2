package org.framewright.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.framewright.model.Framework;
import org.framewright.model.OutlierTreatment;
import org.framewright.model.ScoringScheme;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.framewright.testing.ui.Gestures;
import org.framewright.testing.ui.Menus;
import org.framewright.testing.ui.Person;
import org.framewright.testing.ui.Workbenches;
import org.framewright.ui.audit.AuditView;
import org.framewright.ui.editor.FrameworkEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * Data treatment in the workbench (issue 16), as an analyst does it: an outlier treatment added to ASCOF 2023-24's
 * scheme through the form's context menu (New Child > Outlier Treatment), its winsorisation limit typed into the
 * Properties view, a negative limit shown as FW-TREAT-01 in the form's header after Ctrl+S, fixed, and the Scoring
 * view's breakdown of the Isles of Scilly showing its 2D1 of 0 winsorised to the next lowest council's 63.8 (also
 * when the view held the framework before its file was replaced on disk). And a
 * time-series imputation scored in the Scoring view reads the data file's other years as {@code ./framewright score}
 * does: Haringey's missing 2021-22 2B1 is interpolated between its published 2020-21 and 2022-23 values.
 */
class ScoringTreatmentJourneyTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void anOutlierTreatmentAddedInTheFormIsValidatedAndScoredInTheBreakdown() throws Exception {
        IFile file = Workbenches.freshSample("ascof-2023-24.framework");
        Workbenches.linkedData(SharedData.file("ascof/trend_data.csv"));
        ScoringView view = (ScoringView) Workbenches.page().showView(ScoringView.ID);
        view.refreshChoices();
        Person.choose(view.choices().get(0), "ascof-2023-24.framework");
        // the file is replaced on disk while the view holds it (a pull, a revert): what is edited next is scored
        Workbenches.freshSample("ascof-2023-24.framework");
        FrameworkEditor editor = (FrameworkEditor) Gestures.doubleClickInExplorer(file);
        Gestures.clickTab(editor, "Schemes");
        ScoringScheme scheme = editor.document().framework().getSchemes().get(0);
        Tree schemes = Gestures.find(editor.getSite().getShell(), Tree.class, t -> item(t, scheme) != null);
        Gestures.click(item(schemes, scheme));
        Menu newChild = Menus.item(schemes.getMenu(), "New Child").getMenu();
        Gestures.choose(newChild, "Outlier Treatment");
        assertEquals(1, scheme.getTreatments().size(), "New Child > Outlier Treatment added one treatment");
        OutlierTreatment treatment = scheme.getTreatments().get(0);
        assertNotNull(treatment.getId(), "the new treatment has an id");
        assertEquals(treatment, schemes.getSelection()[0].getData(), "the new treatment is selected in the form");

        IViewPart properties = Workbenches.page().showView(IPageLayout.ID_PROP_SHEET);
        Workbenches.page().activate(editor);
        Gestures.click(item(schemes, treatment));
        Tree sheet = Gestures.find(properties.getSite().getShell(), Tree.class,
            t -> row(t, "Winsorisation Limit") != null);
        typeIntoProperty(sheet, "Winsorisation Limit", "-1");
        assertEquals(-1, treatment.getWinsorisationLimit(), "the typed limit is set");
        Workbenches.page().activate(editor);
        Gestures.press("M1+S");
        assertFalse(editor.isDirty(), "Ctrl+S saved");
        Workbenches.processEventsUntil(() -> header(editor).getMessageType() == IMessageProvider.ERROR);
        assertTrue(Arrays.stream(header(editor).getForm().getChildrenMessages()).anyMatch(m -> m.getMessage()
            .startsWith("FW-TREAT-01 ") && m.getMessage().contains(treatment.getId())
            && m.getMessage().contains("winsorisationLimit is -1")), Arrays.stream(header(editor).getForm()
                .getChildrenMessages()).map(m -> m.getMessage()).toList().toString());
        Workbenches.capture("treatment-negative-limit.png");

        typeIntoProperty(sheet, "Winsorisation Limit", "5");
        Workbenches.page().activate(editor);
        Gestures.press("M1+S");
        Workbenches.processEventsUntil(() -> header(editor).getMessageType() == IMessageProvider.NONE);
        assertNull(header(editor).getMessage(), "fixed: no problem left");

        Workbenches.page().showView(ScoringView.ID);
        view.refreshChoices();
        score(view, "ascof-2023-24.framework", "2023-24");
        Person.select(view.leagueTable().getTable(), 2, "E06000053");
        TreeItem indicator = find(view.breakdownTree().getTree().getItems(), "2D1");
        assertNotNull(indicator, "2D1 is in the Isles of Scilly's breakdown");
        Person.select(indicator);
        assertTrue(view.breakdownDetails().getText().contains("winsorised (" + treatment.getId() + "): 0 -> 63.8"),
            view.breakdownDetails().getText());
        Person.toggleMaximised(view);
        Workbenches.capture("scoring-treated-winsorised.png");
        Person.toggleMaximised(view);
    }

    @Test
    void aTimeSeriesImputationInTheScoringViewReadsTheOtherYearsOfTheFile() throws Exception {
        IFile sample = Workbenches.freshSample("ascof-2019-20.framework");
        IFile file = sample.getParent().getFile(new org.eclipse.core.runtime.Path("ascof-2019-20-interpolated.framework"));
        String text = Files.readString(Samples.framework("ascof-2019-20.framework")).replace("  </schemes>",
            "    <imputations id=\"imp-trend\" indicators=\"2B1 2D\" method=\"linear interpolation\"/>\n"
                + "  </schemes>");
        if (file.exists()) {
            file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        } else {
            file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        }
        Workbenches.linkedData(SharedData.file("ascof/trend_data.csv"));
        ScoringView view = (ScoringView) Workbenches.page().showView(ScoringView.ID);
        view.refreshChoices();
        score(view, file.getName(), "2021-22");
        Person.select(view.leagueTable().getTable(), 2, "E09000014");
        TreeItem indicator = find(view.breakdownTree().getTree().getItems(), "2B1");
        assertNotNull(indicator, "2B1 is in Haringey's breakdown");
        Person.select(indicator);
        String before = published("2020-21", "2B1", "E09000014");
        String after = published("2022-23", "2B1", "E09000014");
        assertEquals(null, published("2021-22", "2B1", "E09000014"), "Haringey published no 2B1 for 2021-22");
        String mid = new BigDecimal(before).add(new BigDecimal(after)).divide(BigDecimal.valueOf(2))
            .stripTrailingZeros().toPlainString();
        assertTrue(view.breakdownDetails().getText().contains("imputed (imp-trend): linear interpolation between "
            + "2020-21 (" + plain(before) + ") and 2022-23 (" + plain(after) + ") -> " + mid),
            view.breakdownDetails().getText());
        Person.toggleMaximised(view);
        Workbenches.capture("scoring-interpolated-haringey.png");
        Person.toggleMaximised(view);
    }

    /**
     * The sample ascof-2023-24-treated scored in the Scoring view with Oflog's nearest neighbours chosen as its
     * groups, as {@code ./framewright score --groups NN.json} scores it ({@code DataTreatmentCommandTest}): Walsall
     * publishes no 3D2B, and its breakdown shows the median of its neighbours' denominated 3D2B, computed here from
     * the published files; the Isles of Scilly are left unscored by the availability screen. Without groups the view
     * says what is missing, as the command does.
     */
    @Test
    void theTreatedSampleScoresWithComparatorGroupsChosenInTheView() throws Exception {
        Workbenches.freshSample("ascof-2023-24-treated.framework");
        Workbenches.linkedData(SharedData.file("ascof/trend_data.csv"));
        Workbenches.linkedData(SharedData.file("oflog/NN.json"));
        ScoringView view = (ScoringView) Workbenches.page().showView(ScoringView.ID);
        view.refreshChoices();
        Person.choose(view.choices().get(3), GroupChoice.NONE);
        score(view, "ascof-2023-24-treated.framework", "2023-24", false);
        assertTrue(view.statusText().contains("FW-TREAT-03 imputation 'imp-nn': comparator median needs the "
            + "councils' similar councils groups"), view.statusText());

        Person.choose(view.choices().get(3), "NN.json");
        score(view, "ascof-2023-24-treated.framework", "2023-24", true);
        // the summary counts apart the councils the availability screen left unscored: blank in the league table
        org.eclipse.swt.widgets.Table league = view.leagueTable().getTable();
        long blank = Arrays.stream(league.getItems()).filter(row -> row.getText(0).isEmpty()).count();
        int screened = belowTheScreen("2023-24", 75);
        assertTrue(screened > 0, "the real data has councils with too few measures");
        assertEquals(screened, blank, "unranked in the league table");
        assertTrue(view.statusText().startsWith((league.getItemCount() - screened) + " councils scored, " + screened
            + " not scored (availability screen: fewer than 75 % of indicators) under "), view.statusText());
        Person.select(view.leagueTable().getTable(), 2, "E08000030");
        TreeItem walsall = find(view.breakdownTree().getTree().getItems(), "3D2B");
        assertNotNull(walsall, "3D2B is in Walsall's breakdown");
        Person.select(walsall);
        List<BigDecimal> shares = neighbourShares("E08000030");
        int n = shares.size();
        BigDecimal median = n % 2 == 1 ? shares.get(n / 2)
            : shares.get(n / 2 - 1).add(shares.get(n / 2)).divide(BigDecimal.valueOf(2));
        String expected = "imputed (imp-nn): comparator-group median of " + n + " councils -> "
            + new BigDecimal(Double.toString(median.doubleValue())).stripTrailingZeros().toPlainString();
        assertTrue(view.breakdownDetails().getText().contains(expected), expected + " in "
            + view.breakdownDetails().getText());
        Person.toggleMaximised(view);
        Workbenches.capture("scoring-treated-sample-imputed.png");
        Person.toggleMaximised(view);
    }

    /**
     * The Audit view audits the treated sample when Oflog's nearest neighbours are chosen as its groups, as
     * {@code audit --groups} does, and says what is missing without them.
     */
    @Test
    void theAuditViewAuditsTheTreatedSampleWithTheGroupsChosen() throws Exception {
        Workbenches.freshSample("ascof-2023-24-treated.framework");
        Workbenches.linkedData(SharedData.file("ascof/trend_data.csv"));
        Workbenches.linkedData(SharedData.file("oflog/NN.json"));
        AuditView view = (AuditView) Workbenches.page().showView(AuditView.ID);
        view.refreshChoices();
        Person.choose(view.choices().get(0), "ascof-2023-24-treated.framework");
        Person.choose(view.choices().get(1), "trend_data.csv");
        Workbenches.processEventsUntil(() -> view.periodCombo().getItemCount() > 0);
        Person.choose(view.periodCombo(), "2023-24");
        Person.choose(view.choices().get(2), GroupChoice.NONE);
        audit(view);
        assertNull(view.outcome().report());
        assertTrue(view.statusText().contains("FW-TREAT-03 imputation 'imp-nn'"), view.statusText());

        Person.choose(view.choices().get(2), "NN.json");
        audit(view);
        assertNotNull(view.outcome().report(), view::statusText);
        assertEquals(22, view.outcome().report().indicators().size(), "every measure of the sample is audited");
    }

    private static void audit(AuditView view) throws Exception {
        Person.click(view.runButton());
        Job job = view.lastJob();
        assertNotNull(job, view::statusText);
        job.join();
        Workbenches.processEventsUntil(() -> view.outcome() != null);
    }

    /** 3D2B / 3D1B x 100 of the council's neighbours in Oflog's NN.json with both published in 2023-24, sorted. */
    private static List<BigDecimal> neighbourShares(String council) throws Exception {
        JsonArray members = JsonParser.parseString(Files.readString(SharedData.file("oflog/NN.json")))
            .getAsJsonObject().getAsJsonArray(council);
        List<BigDecimal> shares = new ArrayList<>();
        for (JsonElement member : members) {
            String id = member.getAsString();
            String dp = published("2023-24", "3D2B", id);
            String sds = published("2023-24", "3D1B", id);
            if (!id.equals(council) && dp != null && sds != null && new BigDecimal(sds).signum() != 0) {
                shares.add(new BigDecimal(dp).multiply(BigDecimal.valueOf(100)).divide(new BigDecimal(sds),
                    MathContext.DECIMAL128));
            }
        }
        shares.sort(null);
        return shares;
    }

    /** Chooses framework, the real data and the period in the view's combos and clicks Score. */
    private static void score(ScoringView view, String framework, String period) throws Exception {
        score(view, framework, period, true);
    }

    /** As {@link #score(ScoringView, String, String)}; {@code scored}: whether a result is expected. */
    private static void score(ScoringView view, String framework, String period, boolean scored) throws Exception {
        Person.choose(view.choices().get(0), framework);
        Person.choose(view.choices().get(2), "trend_data.csv");
        Workbenches.processEventsUntil(() -> view.periodCombo().getItemCount() > 0);
        Person.choose(view.periodCombo(), period);
        Person.click(view.scoreButton());
        Job job = view.lastJob();
        assertNotNull(job, view::statusText);
        job.join();
        Workbenches.processEventsUntil(view::isOutcomeShown);
        if (scored) {
            assertNotNull(view.result(), view::statusText);
        }
    }

    /**
     * The councils of {@code year} whose published values (3D2A and 3D2B only with their denominators 3D1A and 3D1B,
     * as the sample denominates them) cover less than {@code percent} % of the sample's measures with data.
     */
    private static int belowTheScreen(String year, double percent) throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24-treated.framework"));
        Map<String, Map<String, String>> values = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(SharedData.file("ascof/trend_data.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                if (row.get(0).equals(year) && row.get(6).equals("Council")) {
                    Map<String, String> council = values.computeIfAbsent(row.get(2), id -> new HashMap<>());
                    if (!row.get(5).isBlank()) {
                        council.put(row.get(3), row.get(5));
                    }
                }
            }
        }
        Set<String> measures = new HashSet<>();
        values.values().forEach(v -> measures.addAll(v.keySet()));
        List<String> scored = framework.getIndicators().stream().map(i -> i.getId()).filter(measures::contains)
            .toList();
        Map<String, String> denominators = Map.of("3D2A", "3D1A", "3D2B", "3D1B");
        int below = 0;
        for (Map<String, String> council : values.values()) {
            long held = scored.stream().filter(id -> council.containsKey(id) && (!denominators.containsKey(id)
                || council.containsKey(denominators.get(id)) && new BigDecimal(council.get(denominators.get(id)))
                    .signum() != 0)).count();
            below += 100.0 * held / scored.size() < percent ? 1 : 0;
        }
        return below;
    }

    /** A published value of the real data (commons-csv), as written there, or null when the cell is empty. */
    private static String published(String year, String measure, String council) throws Exception {
        try (BufferedReader reader = Files.newBufferedReader(SharedData.file("ascof/trend_data.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                if (row.get(0).equals(year) && row.get(2).equals(council) && row.get(3).equals(measure)
                        && row.get(6).equals("Council")) {
                    return row.get(5).isBlank() ? null : row.get(5);
                }
            }
        }
        return null;
    }

    private static String plain(String number) {
        return new BigDecimal(number).stripTrailingZeros().toPlainString();
    }

    /**
     * Types {@code value} into the Properties view's row {@code name} as a person does: a click on the value column
     * opens the cell editor on mouse down; Enter applies.
     */
    private static void typeIntoProperty(Tree sheet, String name, String value) {
        TreeItem property = row(sheet, name);
        Gestures.click(property);
        Rectangle cell = property.getBounds(1);
        Event down = new Event();
        down.button = 1;
        down.x = cell.x + 5;
        down.y = cell.y + cell.height / 2;
        sheet.notifyListeners(SWT.MouseDown, down);
        Workbenches.processEvents();
        Text editor = Gestures.find(sheet, Text.class, t -> !t.isDisposed() && t.isVisible());
        editor.setFocus();
        editor.selectAll();
        editor.insert(value);
        editor.notifyListeners(SWT.DefaultSelection, new Event());
        Workbenches.processEvents();
    }

    private static ScrolledForm header(FrameworkEditor editor) {
        return ((FormPage) editor.getActivePageInstance()).getManagedForm().getForm();
    }

    private static TreeItem item(Tree tree, Object element) {
        return all(tree.getItems()).stream().filter(i -> i.getData() == element).findFirst().orElse(null);
    }

    private static TreeItem row(Tree sheet, String name) {
        return all(sheet.getItems()).stream().filter(i -> name.equals(i.getText(0))).findFirst().orElse(null);
    }

    /** The row whose first column starts with {@code id} (expanding the rows on the way, as a person would). */
    private static TreeItem find(TreeItem[] items, String id) {
        for (TreeItem item : items) {
            if (item.getText(0).equals(id) || item.getText(0).startsWith(id + " ")) {
                return item;
            }
            Person.expand(item);
            TreeItem found = find(item.getItems(), id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<TreeItem> all(TreeItem[] items) {
        List<TreeItem> all = new ArrayList<>();
        for (TreeItem item : items) {
            all.add(item);
            all.addAll(all(item.getItems()));
        }
        return all;
    }
}
