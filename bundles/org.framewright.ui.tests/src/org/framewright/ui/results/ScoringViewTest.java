package org.framewright.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
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
import org.framewright.ui.tests.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScoringViewTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void scoresTheCsciSampleIntoARankedLeagueTableWithBreakdownsAndAScreenshot() throws Exception {
        IFile model = Workbenches.freshSample("csci-2006.framework");
        IFile data = Workbenches.sampleData("csci-2006-councils.csv");
        FrameworkEditor.open(Workbenches.page(), model, null);
        ScoringView view = (ScoringView) Workbenches.page().showView(ScoringView.ID);
        view.refreshChoices();

        Job job = view.score(model, "star-rating", data, null);
        assertNotNull(job, "scoring starts");
        job.join();
        Workbenches.processEventsUntil(view::isOutcomeShown);
        assertNotNull(view.result(), view::statusText);

        Framework framework = FrameworkFiles.loadFramework(Samples.framework("csci-2006.framework"));
        DataImport imported = CouncilDataReader.read(Samples.data("csci-2006-councils.csv"), ImportOptions.none());
        ScoringResult expected = ScoringEngine.score(framework, framework.getSchemes().get(0), imported.dataSet(), null);
        ScoringResult shown = view.result();
        assertEquals(expected.councils().size(), shown.councils().size());
        assertEquals(expected.councils().size(), view.leagueTable().getTable().getItemCount());
        for (CouncilResult council : expected.councils()) {
            CouncilResult same = shown.councils().stream()
                .filter(c -> c.council().getId().equals(council.council().getId())).findFirst().orElseThrow();
            assertEquals(council.overall().score(), same.overall().score(), council.council().getName());
            assertEquals(council.overall().rating(), same.overall().rating(), council.council().getName());
        }

        TableItem top = view.leagueTable().getTable().getItem(0);
        CouncilResult first = (CouncilResult) top.getData();
        double best = expected.councils().stream().mapToDouble(c -> c.overall().score()).max().orElseThrow();
        assertEquals(best, first.overall().score(), "without ranks the table is sorted by score, highest first");
        view.leagueTable().setSelection(new StructuredSelection(first), true);
        Workbenches.processEvents();
        int rows = view.breakdownTable().getTable().getItemCount();
        assertTrue(rows > 1, "the breakdown lists the council's nodes");
        assertEquals("overall", view.breakdownTable().getTable().getItem(0).getText(0).trim());

        assertFalse(view.result().councils().isEmpty());
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
        view.leagueTable().setSelection(new StructuredSelection(first), true);
        Workbenches.processEvents();
        assertEquals("overall", view.breakdownTable().getTable().getItem(0).getText(0).trim());

        Path png = Workbenches.capture("workbench-scoring.png");
        assertTrue(Files.size(png) > 10_000);
    }
}
