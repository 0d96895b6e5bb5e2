package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framewright.io.ResultWriters;
import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * {@code score --format} takes its formats from the result writers contributed to {@code org.framewright.io.formats}:
 * the built-in table, csv and json are contributed by this bundle; an unknown format is a usage error (exit 2) that
 * lists them, and {@code --help} shows them.
 */
class ScoreFormatsTest {

    @Test
    void theBuiltinWritersAreContributedThroughTheExtensionPoint() {
        assertEquals(List.of("table", "csv", "json"), ResultWriters.ids(ResultWriters.SCORE));
        assertTrue(ResultWriters.of(ResultWriters.SCORE).stream()
            .allMatch(w -> w.contributor().equals("org.framewright.cli")));
        assertEquals("csv", ResultWriters.find(ResultWriters.SCORE, "csv").extension());
    }

    @Test
    void anUnknownFormatListsTheInstalledOnesAndExitsTwo() {
        CliRun run = CliRun.of("score", Samples.framework("ascof-2023-24.framework").toString(), "--data",
            SharedData.file("ascof/trend_data.csv").toString(), "--period", "2023-24", "--format", "xml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("score: --format must be one of table, csv, json, not 'xml'"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void theHelpShowsTheInstalledFormats() {
        CliRun run = CliRun.of("score", "--help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("--format table|csv|json"), run.out());
    }
}
