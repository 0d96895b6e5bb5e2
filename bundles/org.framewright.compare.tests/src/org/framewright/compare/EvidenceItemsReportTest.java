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
 * The report's structure section lists the CQC sample's evidence items (issue 19) under their quality statements,
 * rendered in headless Chromium: 30 evidence items, 13 best-practice lines and 13 guidance documents of Assessing
 * needs, 4 descriptors of Safe systems and 5 of Safeguarding, each with its category and its place in 002; and the
 * Sources section lists them under 002.
 */
class EvidenceItemsReportTest {

    private static final Pattern ITEMS = Pattern.compile("<table id=\"evidence-items\">.*?<tbody>(.*?)</tbody>",
        Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td>(.*?)</td>", Pattern.DOTALL);

    @Test
    void chromiumShowsEachStatementsEvidenceItemsWithTheirSource(@TempDir Path folder) throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework("cqc-la-2023.framework"));
        DataImport data = CouncilDataReader.read(Samples.data("cqc-la-2023-councils.csv"), new ImportOptions(framework, null));
        assertFalse(data.hasErrors(), () -> data.errors().toString());
        ScoringResult result = ScoringEngine.score(framework, framework.getSchemes().get(0), data.dataSet(), null);
        Path page = folder.resolve("report.html");
        Files.writeString(page, FrameworkReport.html(framework, framework.getSchemes().get(0), result));

        HeadlessChromium.Run run = HeadlessChromium.dumpDom(page, folder.resolve("profile"));

        assertEquals(List.of(), run.consoleLines());
        assertTrue(run.dom().contains("<h3>Evidence items</h3>"), "no Evidence items heading");
        Matcher items = ITEMS.matcher(run.dom());
        assertTrue(items.find(), "no evidence items table in the rendered DOM");
        int assessing = 0;
        int practice = 0;
        int guidance = 0;
        int safeSystems = 0;
        int safeguarding = 0;
        int processes = 0;
        Matcher row = ROW.matcher(items.group(1));
        while (row.find()) {
            List<String> cells = CELL.matcher(row.group(1)).results().map(m -> m.group(1)).toList();
            assertEquals(5, cells.size(), row.group());
            assertTrue(cells.get(4).startsWith("002, "), "every item names 002 and its place: " + row.group());
            switch (cells.get(0)) {
                case "QS1 Assessing needs" -> {
                    switch (cells.get(1)) {
                        case "Evidence item" -> assessing++;
                        case "Best practice" -> practice++;
                        case "Guidance" -> guidance++;
                        default -> throw new AssertionError(row.group());
                    }
                    processes += cells.get(2).equals("Processes") ? 1 : 0;
                }
                case "QS6 Safe systems, pathways and transitions" -> safeSystems++;
                case "QS7 Safeguarding" -> safeguarding++;
                default -> throw new AssertionError("an item of an unexpected area: " + row.group());
            }
        }
        assertEquals(List.of(30, 13, 13, 4, 5, 9), List.of(assessing, practice, guidance, safeSystems, safeguarding,
            processes));
        assertTrue(items.group(1).contains("<td>Joint Strategic Needs Assessment</td>"), items.group(1));
    }
}
