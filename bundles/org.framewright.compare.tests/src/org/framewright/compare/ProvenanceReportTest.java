package org.framewright.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.framewright.compare.report.FrameworkReport;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's "Sources" and "Assumptions" sections (issue 19) on the CSCI 2006 sample scored on its sample
 * councils, rendered in headless Chromium: source 000 with the two rules taken from it, and each of the four
 * readings (method and rounding of agg-delivery and agg-capacity) with its reason.
 */
class ProvenanceReportTest {

    private static final Pattern SOURCES = Pattern.compile("<table id=\"sources\">.*?<tbody>(.*?)</tbody>", Pattern.DOTALL);
    private static final Pattern ASSUMPTIONS = Pattern.compile("<table id=\"assumptions\">.*?<tbody>(.*?)</tbody>",
        Pattern.DOTALL);

    @Test
    void chromiumShowsTheSourcesAndTheAssumptionsWithTheirReasons(@TempDir Path folder) throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework("csci-2006.framework"));
        DataImport data = CouncilDataReader.read(Samples.data("csci-2006-councils.csv"), new ImportOptions(framework, null));
        assertFalse(data.hasErrors(), () -> data.errors().toString());
        ScoringResult result = ScoringEngine.score(framework, framework.getSchemes().get(0), data.dataSet(), null);
        Path page = folder.resolve("report.html");
        Files.writeString(page, FrameworkReport.html(framework, framework.getSchemes().get(0), result));

        HeadlessChromium.Run run = HeadlessChromium.dumpDom(page, folder.resolve("profile"));

        assertEquals(List.of(), run.consoleLines());
        assertTrue(run.dom().contains("<h2>Sources</h2>"), "no Sources heading");
        assertTrue(run.dom().contains("<h2>Assumptions</h2>"), "no Assumptions heading");
        Matcher sources = SOURCES.matcher(run.dom());
        assertTrue(sources.find(), "no sources table in the rendered DOM");
        assertEquals(1, sources.group(1).split("<tr>", -1).length - 1, sources.group(1));
        assertTrue(sources.group(1).contains("<td>000</td>"), sources.group(1));
        assertTrue(sources.group(1).contains("agg-delivery, agg-capacity"), sources.group(1));
        Matcher assumptions = ASSUMPTIONS.matcher(run.dom());
        assertTrue(assumptions.find(), "no assumptions table in the rendered DOM");
        String body = assumptions.group(1);
        assertEquals(4, body.split("<tr>", -1).length - 1, body);
        assertTrue(body.contains("rounding") && body.contains("the mean rounded half up is a reading"), body);
    }

    @Test
    void aFrameworkWithoutProvenanceSaysSo() throws Exception {
        Framework framework = AscofScoring.ascof2019();
        String html = FrameworkReport.html(framework, framework.getSchemes().get(0), AscofScoring.score(framework));
        assertTrue(html.contains("No provenance names a source document in this framework."), "sources note");
        assertTrue(html.contains("No fact of this framework is marked inferred or invented."), "assumptions note");
    }
}
