package org.framewright.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.framewright.compare.report.FrameworkReport;
import org.framewright.model.Framework;
import org.framewright.scoring.ScoringResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report of ASCOF 2019-20 on the real 2019-20 data, opened in headless Chromium. */
class FrameworkReportTest {

    private static final Pattern LEAGUE_BODY = Pattern.compile("<table id=\"league\">.*?<tbody>(.*?)</tbody>",
        Pattern.DOTALL);

    private static ScoringResult result;
    private static String html;

    @BeforeAll
    static void writeReport() throws Exception {
        Framework framework = AscofScoring.ascof2019();
        result = AscofScoring.score(framework);
        html = FrameworkReport.html(framework, framework.getSchemes().get(0), result);
    }

    @Test
    void thePageIsSelfContained() {
        // the SVG namespace is a name, never fetched (the inline SVG of the shared io.svg.Svg declares it)
        String addresses = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertFalse(addresses.contains("http://") || addresses.contains("https://") || addresses.contains("//cdn"),
            "external address");
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("<img"), "external resource");
        assertTrue(html.contains("<svg"), "the chart is inline SVG");
    }

    @Test
    void chromiumRendersEveryCouncilOfTheLeagueTableWithoutConsoleErrors(@TempDir Path folder) throws Exception {
        Path page = folder.resolve("report.html");
        Files.writeString(page, html);
        HeadlessChromium.Run run = HeadlessChromium.dumpDom(page, folder.resolve("profile"));
        assertEquals(java.util.List.of(), run.consoleLines());
        Matcher league = LEAGUE_BODY.matcher(run.dom());
        assertTrue(league.find(), "no league table in the rendered DOM");
        long rows = league.group(1).split("<tr>", -1).length - 1;
        assertEquals(result.councils().size(), rows);
        assertTrue(result.councils().size() > 140, "every English council with 2019-20 data");
        String first = result.councils().stream().filter(c -> Integer.valueOf(1).equals(c.rank())).findFirst()
            .orElseThrow().council().getName();
        assertTrue(league.group(1).contains(first), first);
        assertTrue(run.dom().contains("<svg"), "the chart survives rendering");
    }

    @Test
    void aScreenshotIsTaken(@TempDir Path folder) throws Exception {
        Path page = folder.resolve("report.html");
        Files.writeString(page, html);
        Path png = Path.of("target", "report-ascof-2019-20.png").toAbsolutePath();
        Files.createDirectories(png.getParent());
        HeadlessChromium.screenshot(page, png, folder.resolve("profile"));
        assertTrue(Files.size(png) > 10_000, "screenshot " + png);
    }
}
