package org.framewright.ui.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.framewright.io.ComparatorGroupReader;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.ImportOptions;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.Polarity;
import org.framewright.model.ScoringScheme;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringResult;
import org.framewright.testing.AscofRows;
import org.framewright.testing.SharedData;
import org.framewright.testing.SvgMarkup;
import org.framewright.testing.ui.DialogFiller;
import org.framewright.testing.ui.Gestures;
import org.framewright.testing.ui.Workbenches;
import org.framewright.ui.explorer.ModelExplorerView;
import org.framewright.ui.results.GroupChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A person writes the report of ASCOF 2023-24 on the published results of every council from the Model Explorer:
 * right-click the framework, Report..., choose the data and the period, type a council's code and a number of draws,
 * Write Report; then reads the report written into the project's reports folder: West Northamptonshire's strengths
 * and weaknesses (its ranks worked out here from the CSV rows), the rank-interval and the sensitivity plots.
 */
class WriteReportTest {

    private static final String WEST_NORTHANTS = "E06000062";

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void writesAscofsReportWithAStrengthsSectionAndTheSimulationsPlots() throws Exception {
        IFile model = Workbenches.freshSample("ascof-2023-24.framework");
        IFile data = Workbenches.linkedData(SharedData.file("ascof/trend_data.csv"));
        IFile report = model.getProject().getFolder("reports").getFile("ascof-2023-24-report.html");
        if (report.exists()) {
            report.delete(true, null);
        }
        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        explorer.viewer().reveal(model);
        explorer.viewer().setSelection(new StructuredSelection(model), true);

        DialogFiller filler = DialogFiller.when(ReportDialog.TITLE).choose("Data:", data.getName())
            .choose("Period:", "2023-24").type(ReportDialog.COUNCILS, WEST_NORTHANTS).type(ReportDialog.DRAWS, "300")
            .press("Write Report", "workbench-write-report-dialog.png");
        Gestures.choose(explorer.viewer().getTree().getMenu(), "Report...");
        filler.done();
        Workbenches.waitFor(() -> report.exists() && explorer.viewer().getStructuredSelection().getFirstElement()
            instanceof IFile shown && shown.equals(report), 120_000, () -> "the report is written and shown");
        Path png = Workbenches.capture("workbench-write-report.png");
        assertTrue(Files.size(png) > 10_000);

        String html = Files.readString(report.getLocation().toFile().toPath());
        Framework framework = FrameworkFiles.loadFramework(model.getLocation().toFile().toPath());
        Map<String, Boolean> lowerIsBetter = new LinkedHashMap<>();
        framework.getIndicators().stream().filter(i -> i.getPolarity() != Polarity.NO_JUDGEMENT)
            .forEach(i -> lowerIsBetter.put(i.getId(), i.getPolarity() == Polarity.LOWER_IS_BETTER));
        Map<String, Map<String, Double>> values = AscofRows.councilValues("2023-24");
        values.keySet().retainAll(lowerIsBetter.keySet());
        Set<String> scored = new LinkedHashSet<>();
        values.values().forEach(v -> scored.addAll(v.keySet()));

        // the strengths and weaknesses of the council typed in: its ranks, best first, the best three marked
        String section = html.substring(html.indexOf("<desc>" + WEST_NORTHANTS + "</desc>"));
        section = section.substring(0, section.indexOf("</svg>"));
        List<String> expected = AscofRows.ranks(values, lowerIsBetter, scored, WEST_NORTHANTS);
        List<String> drawn = SvgMarkup.attributes(section, "class=\"rank[a-z ]*\" (data-indicator=\"[^\"]+\" "
            + "data-rank=\"[0-9]+\")").stream().map(a -> a.replaceAll("data-indicator=\"([^\"]+)\" data-rank=\"([0-9]+)\"",
                "$1=$2")).toList();
        assertEquals(expected, drawn, "West Northamptonshire's measures by rank among the " + scored.size());
        List<String> strengths = SvgMarkup.attributes(section, "class=\"rank strength\" data-indicator=\"([^\"]+)\"");
        assertEquals(expected.subList(0, 3).stream().map(r -> r.substring(0, r.indexOf('='))).toList(), strengths,
            "its three best measures are its strengths");
        assertTrue(html.contains("among the " + scored.size() + " councils scored"), "the group is named");

        // the simulation of 300 draws: a 90 % rank interval per council scored, two sensitivity bars per input
        String intervals = SvgMarkup.svg(html, "rank-intervals");
        assertEquals(scored, new LinkedHashSet<>(SvgMarkup.attributes(intervals,
            "class=\"interval\" data-council=\"([^\"]+)\"")), "one interval per council scored");
        String sensitivity = SvgMarkup.svg(html, "sensitivity");
        List<String> first = SvgMarkup.attributes(sensitivity, "class=\"index first\" data-input=\"([^\"]+)\"");
        assertTrue(!first.isEmpty(), sensitivity);
        assertEquals(first, SvgMarkup.attributes(sensitivity, "class=\"index total\" data-input=\"([^\"]+)\""));
        assertTrue(html.contains("300"), "the number of draws is reported");
    }

    @Test
    void aCouncilTheDataLacksIsNamedAndACancelledRunWritesNothing() throws Exception {
        IFile model = Workbenches.freshSample("ascof-2023-24.framework");
        IFile data = Workbenches.linkedData(SharedData.file("ascof/trend_data.csv"));
        IFile report = model.getProject().getFolder("reports").getFile("ascof-2023-24-report.html");
        if (report.exists()) {
            report.delete(true, null);
        }
        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        explorer.viewer().setSelection(new StructuredSelection(model), true);

        // a code that is not a council of the data: refused by name, nothing written
        DialogFiller filler = DialogFiller.when(ReportDialog.TITLE).choose("Data:", data.getName())
            .choose("Period:", "2023-24").type(ReportDialog.COUNCILS, WEST_NORTHANTS + ", E99999999")
            .press("Write Report", "workbench-write-report-unknown-council-dialog.png");
        // arranged before the menu is chosen: a refusal can come while the menu's events are still processed
        Gestures.Answer refusal = Gestures.answer(WriteReportCommandHandler.TITLE, "OK",
            "workbench-write-report-unknown-council.png");
        Gestures.choose(explorer.viewer().getTree().getMenu(), "Report...");
        filler.done();
        Workbenches.waitFor(() -> refusalShown(refusal), 60_000, () -> "the refusal is shown");
        assertTrue(refusal.text().contains("E99999999") && refusal.text().contains(data.getName()), refusal.text());
        assertTrue(!report.exists(), "nothing written");

        // ten million draws, cancelled as the Progress view's stop button does: nothing written, and it says so
        filler = DialogFiller.when(ReportDialog.TITLE).choose("Data:", data.getName())
            .choose("Period:", "2023-24").type(ReportDialog.DRAWS, "10000000")
            .press("Write Report", "workbench-write-report-long-dialog.png");
        Gestures.choose(explorer.viewer().getTree().getMenu(), "Report...");
        filler.done();
        Gestures.Answer cancelled = Gestures.answer(WriteReportCommandHandler.TITLE, "OK",
            "workbench-write-report-cancelled.png");
        Job job = Arrays.stream(Job.getJobManager().find(null))
            .filter(j -> j.getName().equals("Writing " + report.getName())).findFirst()
            .orElseThrow(() -> new AssertionError("no job writes the report"));
        assertTrue(job.isUser(), "shown in the status line and the Progress view");
        job.cancel();
        job.join();
        Workbenches.waitFor(() -> refusalShown(cancelled), 60_000, () -> "the cancellation is shown");
        assertTrue(cancelled.text().contains(ReportJob.CANCELLED), cancelled.text());
        assertTrue(!report.exists(), "nothing written");
    }

    /**
     * The sample ascof-2023-24-treated imputes missing values with the median of each council's nearest neighbours:
     * without groups chosen, Write Report refuses it naming the imputation, as {@code report} without {@code --groups}
     * does; with Oflog's NN.json chosen in the dialog's Groups, the report ranks the councils as the data read for
     * scoring, with those groups, ranks them here, and says how many councils the availability screen left unscored.
     */
    @Test
    void theTreatedSamplesReportIsWrittenWithTheGroupsChosenAndRefusedWithout() throws Exception {
        IFile model = Workbenches.freshSample("ascof-2023-24-treated.framework");
        IFile data = Workbenches.linkedData(SharedData.file("ascof/trend_data.csv"));
        Workbenches.linkedData(SharedData.file("oflog/NN.json"));
        IFile report = model.getProject().getFolder("reports").getFile("ascof-2023-24-treated-report.html");
        if (report.exists()) {
            report.delete(true, null);
        }
        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        explorer.viewer().reveal(model);
        explorer.viewer().setSelection(new StructuredSelection(model), true);

        DialogFiller filler = DialogFiller.when(ReportDialog.TITLE).choose("Data:", data.getName())
            .choose("Period:", "2023-24").choose("Groups:", GroupChoice.NONE)
            .press("Write Report", "workbench-write-report-treated-no-groups-dialog.png");
        Gestures.Answer refusal = Gestures.answer(WriteReportCommandHandler.TITLE, "OK",
            "workbench-write-report-treated-no-groups.png");
        Gestures.choose(explorer.viewer().getTree().getMenu(), "Report...");
        filler.done();
        Workbenches.waitFor(() -> refusalShown(refusal), 60_000, () -> "the refusal is shown");
        assertTrue(refusal.text().contains("FW-TREAT-03 imputation 'imp-nn': comparator median needs the councils' "
            + "similar councils groups"), refusal.text());
        assertTrue(!report.exists(), "nothing written");

        filler = DialogFiller.when(ReportDialog.TITLE).choose("Data:", data.getName()).choose("Period:", "2023-24")
            .choose("Groups:", "NN.json").type(ReportDialog.COUNCILS, "E08000030")
            .press("Write Report", "workbench-write-report-treated-dialog.png");
        Gestures.choose(explorer.viewer().getTree().getMenu(), "Report...");
        filler.done();
        Workbenches.waitFor(() -> report.exists() && explorer.viewer().getStructuredSelection().getFirstElement()
            instanceof IFile shown && shown.equals(report), 120_000, () -> "the report is written and shown");
        Workbenches.capture("workbench-write-report-treated.png");
        String html = Files.readString(report.getLocation().toFile().toPath());

        // what report --groups scores: the data read for scoring, Oflog's groups added, the sample's scheme
        Framework framework = FrameworkFiles.loadFramework(model.getLocation().toFile().toPath());
        ScoringScheme scheme = framework.getSchemes().get(0);
        DataSet councils = CouncilDataReader.read(SharedData.file("ascof/trend_data.csv"),
            ImportOptions.forScoring(framework, scheme, "2023-24")).dataSet();
        ComparatorGroupReader.read(SharedData.file("oflog/NN.json")).copyInto(councils);
        ScoringResult expected = ScoringEngine.score(framework, scheme, councils, "2023-24");
        Map<String, String> ranks = new TreeMap<>();
        expected.councils().forEach(c -> ranks.put(c.council().getId(), c.rank() == null ? "-" : c.rank().toString()));
        Map<String, String> drawn = new TreeMap<>();
        Matcher row = Pattern.compile("<tr><td class=\"num\">([^<]*)</td><td>[^<]*</td><td>(E[0-9]{8})</td>")
            .matcher(html.substring(html.indexOf("<table id=\"league\"")));
        while (row.find()) {
            drawn.put(row.group(2), row.group(1));
        }
        assertEquals(ranks, drawn, "the league table's ranks");
        long unranked = drawn.values().stream().filter("-"::equals).count();
        assertTrue(unranked > 0, "the availability screen leaves councils unscored");
        assertTrue(html.contains(drawn.size() - unranked + " councils scored, " + unranked + " not scored "
            + "(availability screen: fewer than 75 % of indicators)."), "the report says how many were not scored");
        assertTrue(html.contains("<desc>E08000030</desc>"), "Walsall's strengths and weaknesses");
    }

    private static boolean refusalShown(Gestures.Answer answer) {
        try {
            answer.text();
            return true;
        } catch (AssertionError notYet) {
            return false;
        }
    }
}
