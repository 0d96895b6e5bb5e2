package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framewright report}: one HTML file, written whole or not at all. */
class ReportCommandTest {

    private static final String ASCOF = Samples.framework("ascof-2019-20.framework").toString();

    @Test
    void writesOneSelfContainedPage(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("report.html");
        CliRun run = CliRun.of("report", ASCOF, "--data", SharedData.file("ascof/trend_data.csv").toString(),
            "--period", "2019-20", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        String html = Files.readString(out);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<table id=\"league\">") && html.contains("<svg"));
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void simulateAddsTheMonteCarloSummary(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("csci.html");
        CliRun run = CliRun.of("report", Samples.framework("csci-2006.framework").toString(), "--data",
            Samples.data("csci-2006-councils.csv").toString(), "--simulate", "200", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(out);
        assertTrue(html.contains("<table id=\"simulation\">"), "simulation table");
        assertTrue(html.contains("200 draws"), "the number of draws is stated");
        assertEquals(2, CliRun.of("report", Samples.framework("csci-2006.framework").toString(), "--data",
            Samples.data("csci-2006-councils.csv").toString(), "--simulate", "many", "--out", out.toString())
            .exitCode());
    }

    @Test
    void anUnwritableDestinationIsExitTwoAndWritesNothing(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("missing").resolve("report.html");
        CliRun run = CliRun.of("report", ASCOF, "--data", SharedData.file("ascof/trend_data.csv").toString(),
            "--period", "2019-20", "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertFalse(Files.exists(out));
    }
}
