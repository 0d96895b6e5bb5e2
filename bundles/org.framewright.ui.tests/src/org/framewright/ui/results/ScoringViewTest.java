package org.framewright.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringResult;
import org.framewright.testing.SharedData;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.testing.ui.Person;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScoringViewTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void scoresTheCsciSampleFromTheViewAndTheBreakdownNamesTheMatrixCell() throws Exception {
        Workbenches.freshSample("csci-2006.framework");
        Workbenches.sampleData("csci-2006-councils.csv");
        ScoringView view = (ScoringView) Workbenches.page().showView(ScoringView.ID);
        view.refreshChoices();
        scoreAsAPerson(view, "csci-2006.framework", "csci-2006-councils.csv", "2006-07");

        Framework framework = FrameworkFiles.loadFramework(Samples.framework("csci-2006.framework"));
        DataImport imported = CouncilDataReader.read(Samples.data("csci-2006-councils.csv"), ImportOptions.none());
        ScoringResult expected = ScoringEngine.score(framework, framework.getSchemes().get(0), imported.dataSet(), null);
        Table league = view.leagueTable().getTable();
        assertEquals(expected.councils().size(), league.getItemCount());
        for (CouncilResult council : expected.councils()) {
            CouncilResult same = view.result().council(council.council().getId());
            assertEquals(council.overall().rating(), same.overall().rating(), council.council().getName());
        }
        // the scheme does not rank: the table ranks by stars, ties sharing the best rank
        assertEquals("1", league.getItem(0).getText(0));
        assertEquals("4", league.getItem(0).getText(4), "Ashbourne Vale's 4 stars lead");
        assertTrue(league.getColumn(1).getWidth() >= textWidth(league, "Ivybridge Magna"), "council names fit");
        // the distribution beside the table: one bar per star level, every council counted once
        assertEquals(List.of("0", "1", "2", "3", "4"), view.distributionChart().categories());
        assertEquals(12.0, Arrays.stream(view.distributionChart().counts()).sum());

        Person.select(league, 1, "Kestrel Heath");
        Tree tree = view.breakdownTree().getTree();
        TreeItem overall = Person.row(tree, "overall");
        assertEquals("2", overall.getText(2));
        assertEquals("delivery 3 x capacity 2 -> 2 stars (Figure 2)", overall.getText(3));
        // model order under overall: the delivery dimension before capacity
        assertEquals(List.of("delivery", "capacity"), List.of(overall.getItems()).stream()
            .map(i -> i.getText(0).split(" ")[0]).toList());
        TreeItem capacity = Person.row(overall, "capacity");
        assertEquals("mean: (L 2 + C 1) / 2 = 1.5; rounded half up to 0 decimals: 1.5 -> 2; "
            + "2 is level 2 of Grading scale (capacity for improvement): Uncertain", capacity.getText(3));
        Person.expand(capacity);
        assertEquals("L  Leadership", Person.row(capacity, "L").getText(0));
        Person.select(capacity);
        assertTrue(view.breakdownDetails().getText().contains("  rounded half up to 0 decimals: 1.5 -> 2"),
            view.breakdownDetails().getText());
        assertColumnsFit(tree);
        Person.toggleMaximised(view);
        Workbenches.capture("scoring-csci-matrix-cell.png");
        Person.toggleMaximised(view);
    }

    @Test
    void aCqcThemeShowsThePercentOfMaximumStepInTheBreakdown() throws Exception {
        Workbenches.freshSample("cqc-la-2023.framework");
        Workbenches.sampleData("cqc-la-2023-councils.csv");
        ScoringView view = (ScoringView) Workbenches.page().showView(ScoringView.ID);
        view.refreshChoices();
        scoreAsAPerson(view, "cqc-la-2023.framework", "cqc-la-2023-councils.csv", "2023-24");
        assertEquals(List.of("Inadequate", "Requires improvement", "Good", "Outstanding"),
            view.distributionChart().categories());

        Person.select(view.leagueTable().getTable(), 1, "Elmstead");
        TreeItem overall = Person.row(view.breakdownTree().getTree(), "overall");
        assertEquals("Requires improvement", overall.getText(2));
        TreeItem theme = Person.row(overall, "T2");
        assertEquals("T2  Providing support", theme.getText(0));
        assertEquals("Inadequate", theme.getText(2));
        assertEquals("percent of maximum: 100 x (QS4 1 + QS5 2) / (4 x 2) = 100 x 3 / 8 = 37.5; "
            + "rounded half up to 0 decimals: 37.5 -> 38; 38 is in band 25-38 of Rating bands: Inadequate",
            theme.getText(3));
        Person.expand(theme);
        assertEquals(List.of("QS4", "QS5"), List.of(theme.getItems()).stream()
            .map(i -> i.getText(0).split(" ")[0]).toList(), "statements in model order under their theme");
        Person.select(theme);
        assertTrue(view.breakdownDetails().getText().contains("38 is in band 25-38 of Rating bands: Inadequate"));
        Person.toggleMaximised(view);
        Workbenches.capture("scoring-cqc-percent-of-maximum.png");
        Person.toggleMaximised(view);
    }

    /** Chooses framework and data in the view's combos, waits for the data's periods, and clicks Score. */
    private static void scoreAsAPerson(ScoringView view, String framework, String data, String latestPeriod)
            throws Exception {
        Person.choose(view.choices().get(0), framework);
        Person.choose(view.choices().get(2), data);
        Workbenches.processEventsUntil(() -> view.periodCombo().getItemCount() > 0);
        assertEquals(latestPeriod, view.periodCombo().getText(), "the latest period is preselected");
        Person.click(view.scoreButton());
        Job job = view.lastJob();
        assertNotNull(job, view::statusText);
        job.join();
        Workbenches.processEventsUntil(view::isOutcomeShown);
        assertNotNull(view.result(), view::statusText);
    }

    private static int textWidth(Control control, String text) {
        GC gc = new GC(control);
        try {
            return gc.textExtent(text).x;
        } finally {
            gc.dispose();
        }
    }

    /** Every visible cell's text fits its column (columns sized to content). */
    private static void assertColumnsFit(Tree tree) {
        for (int c = 0; c < tree.getColumnCount(); c++) {
            for (TreeItem item : tree.getItems()) {
                assertTrue(tree.getColumn(c).getWidth() >= textWidth(tree, item.getText(c)),
                    tree.getColumn(c).getText() + " is too narrow for " + item.getText(c));
            }
        }
    }

    @Test
    void scoresAscofOnThePublishedResultsOfEveryCouncilAndSavesAScreenshot() throws Exception {
        IFile model = Workbenches.freshSample("ascof-2023-24.framework");
        IFile data = Workbenches.linkedData(SharedData.file("ascof/trend_data.csv"));
        FrameworkEditor editor = FrameworkEditor.open(Workbenches.page(), model, null);
        editor.setActivePage("indicators");
        ScoringView view = (ScoringView) Workbenches.page().showView(ScoringView.ID);
        view.refreshChoices();

        Job job = view.score(model, "composite-minmax", data, "2023-24");
        job.join();
        Workbenches.processEventsUntil(view::isOutcomeShown);
        assertNotNull(view.result(), view::statusText);
        assertEquals(153, view.result().councils().size(), "every council with published 2023-24 results");
        CouncilResult first = (CouncilResult) view.leagueTable().getTable().getItem(0).getData();
        assertEquals(1, first.rank(), "the league table is sorted by rank");
        Person.select(view.leagueTable().getTable(), 1, first.council().getName());
        TreeItem overall = Person.row(view.breakdownTree().getTree(), "overall");
        assertTrue(overall.getText(3).contains("mean: (1 "), overall.getText(3));
        TreeItem area = Person.row(overall, "1 ");
        assertTrue(area.getText(3).contains("mean: (1A "), area.getText(3));
        Person.expand(area);
        Person.select(Person.row(area, "1A"));
        assertTrue(view.breakdownDetails().getText().contains("normalised (minmax) across councils: "),
            view.breakdownDetails().getText());

        Person.toggleMaximised(view);
        Path png = Workbenches.capture("workbench-scoring.png");
        Person.toggleMaximised(view);
        assertTrue(Files.size(png) > 10_000);
    }
}
