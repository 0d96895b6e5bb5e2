package org.framewright.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.ScoringEngine;
import org.framewright.testing.SharedData;
import org.framewright.testing.ui.Menus;
import org.framewright.testing.ui.Person;
import org.framewright.testing.ui.Workbenches;
import org.framewright.ui.explorer.ModelExplorerView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An analyst scores ASCOF 2023-24 on a workspace copy of the published 2023-24 results (Score... from the Framewright
 * menu, the data file chosen in the Scoring view), selects West Northamptonshire, then the file changes on disk (its
 * 2B value corrected from 9.9 to 1.0 admissions per 100,000). The league table shows the council's new score and
 * rank, as the engine gives them for the changed file, and the council is still selected; before, only the trend
 * chart followed the file and the league table kept the old numbers. When the file then cannot be read, the table
 * shows no council rather than the last result.
 */
class ScoringDataChangeTest {

    private static final String COUNCIL = "E06000062";
    private static final String ROW_2B = "2023-24,West Northamptonshire,E06000062,2B,";

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void theLeagueTableFollowsTheDataFileAndKeepsTheSelectedCouncil() throws Exception {
        ScoringView open = (ScoringView) Workbenches.page().findView(ScoringView.ID);
        if (open != null) {
            Workbenches.page().hideView(open); // a fresh view: no data file chosen before
        }
        Workbenches.freshSample("ascof-2019-20.framework");
        IFile model = Workbenches.freshSample("ascof-2023-24.framework");
        String published = Files.readAllLines(SharedData.file("ascof/trend_data.csv"), StandardCharsets.UTF_8).stream()
            .filter(line -> line.startsWith("Year,") || line.startsWith("2023-24,"))
            .collect(Collectors.joining("\n", "", "\n"));
        IFile data = model.getProject().getFolder("data").getFile("ascof-2023-24-published.csv");
        if (!data.getParent().exists()) {
            ((IFolder) data.getParent()).create(true, true, null);
        }
        write(data, published);
        try {
            scoreChangeAndBreak(model, data, published);
        } finally {
            data.delete(true, null);
        }
    }

    private void scoreChangeAndBreak(IFile model, IFile data, String published) throws Exception {
        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        explorer.viewer().setSelection(new StructuredSelection(model), true);
        Workbenches.processEvents();
        Menus.select("Framewright", "Score...");
        Workbenches.processEvents();
        ScoringView view = (ScoringView) Workbenches.page().findView(ScoringView.ID);
        Person.choose(view.choices().get(2), data.getName());
        Workbenches.processEventsUntil(() -> view.periodCombo().getItemCount() == 1);
        Person.click(view.scoreButton());
        Job job = view.lastJob();
        assertNotNull(job, view::statusText);
        job.join();
        Workbenches.processEventsUntil(view::isOutcomeShown);
        Table table = view.leagueTable().getTable();
        TableItem before = Person.select(table, 1, "West Northamptonshire");
        assertEquals(expected(data), before.getText(3), "the league table shows the engine's score of the file");
        String scoreBefore = before.getText(3);

        String corrected = published.lines()
            .map(line -> line.startsWith(ROW_2B) ? line.replace(",9.9,Council,", ",1.0,Council,") : line)
            .collect(Collectors.joining("\n", "", "\n"));
        assertNotEquals(published, corrected, "West Northamptonshire's 2023-24 2B value was 9.9");
        write(data, corrected);
        String scoreAfter = expected(data);
        assertNotEquals(scoreBefore, scoreAfter, "fewer admissions score better");
        Workbenches.waitFor(() -> view.isOutcomeShown() && table.getSelectionCount() == 1
            && scoreAfter.equals(table.getSelection()[0].getText(3)), 30_000, () -> "expected " + scoreAfter
                + " selected; status '" + view.statusText() + "', selected " + java.util.Arrays.stream(
                    table.getSelection()).map(i -> i.getText(1) + " " + i.getText(3)).toList());
        TableItem after = table.getSelection()[0];
        assertEquals("West Northamptonshire", after.getText(1), "the council is still selected");
        assertEquals(expectedRank(data), after.getText(0));
        assertTrue(view.statusText().startsWith("153 councils scored"), view::statusText);
        Workbenches.capture("scoring-data-change.png");

        write(data, "Year,Geographical Description\n2023-24\n");
        Workbenches.processEventsUntil(() -> view.isOutcomeShown() && table.getItemCount() == 0);
        assertTrue(view.statusText().contains("error"), view::statusText);
    }

    private static void write(IFile file, String text) throws Exception {
        ByteArrayInputStream contents = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        if (file.exists()) {
            file.setContents(contents, IResource.FORCE, null);
        } else {
            file.create(contents, IResource.FORCE, null);
        }
    }

    private static CouncilResult scored(IFile data) throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24.framework"));
        return ScoringEngine.score(framework, framework.getSchemes().get(0),
            CouncilDataReader.read(data.getLocation().toFile().toPath(), ImportOptions.none()).dataSet(), "2023-24")
            .council(COUNCIL);
    }

    private static String expected(IFile data) throws Exception {
        return ScoreFormat.format(scored(data).overall().score());
    }

    private static String expectedRank(IFile data) throws Exception {
        return String.valueOf(scored(data).rank());
    }
}
