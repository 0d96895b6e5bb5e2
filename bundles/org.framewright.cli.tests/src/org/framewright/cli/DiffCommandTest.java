package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The contract of {@code framewright diff OLD NEW [--format table|json|html]}: output and exit codes 0, 1, 2. */
class DiffCommandTest {

    private static final String ASCOF = Samples.framework("ascof-2019-20.framework").toString();
    private static final String OPTION_ONE = Samples.framework("adass-2020-option-one.framework").toString();

    @Test
    void aFrameworkAgainstItselfIsIdenticalWithExitZero() {
        CliRun run = CliRun.of("diff", ASCOF, ASCOF);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Elements: identical"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void optionOneAgainstAscofDiffersWithExitOneAndListsTheLineage() {
        CliRun run = CliRun.of("diff", ASCOF, OPTION_ONE);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("Indicators: 4 keep, 6 revised, 45 new, 8 retired, 19 dropped"), run.out());
        assertTrue(run.out().matches("(?s).*KEEP\\s+QL7\\s+<- 1H\\s+D1 -> QL .*"), run.out());
    }

    @Test
    void jsonHoldsTheLineageRowsAndOldAndNewValues() {
        CliRun run = CliRun.of("diff", ASCOF, OPTION_ONE, "--format", "json");
        assertEquals(1, run.exitCode(), run.err());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertFalse(json.get("identical").getAsBoolean());
        JsonArray lineage = json.getAsJsonArray("lineage");
        JsonObject first = lineage.get(0).getAsJsonObject();
        assertEquals("revised", first.get("class").getAsString());
        assertEquals("QL1", first.get("newId").getAsString());
        assertEquals("1B", first.getAsJsonArray("oldIds").get(0).getAsString());
        assertEquals(82, lineage.size());
    }

    @Test
    void htmlIsOneSelfContainedPage() {
        CliRun run = CliRun.of("diff", ASCOF, OPTION_ONE, "--format=html");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("<!DOCTYPE html>"), run.out());
        assertTrue(run.out().contains("<table id=\"lineage\">"));
        assertFalse(run.out().contains("http://") || run.out().contains("https://") || run.out().contains("<script"));
    }

    @Test
    void anUnreadableFileIsExitTwoNamingFileLineAndColumn(@TempDir Path folder) throws IOException {
        Path broken = folder.resolve("broken.framework");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<fw:Framework xmlns:fw=\"http://framewright.org/framework/1.0\"\n  id=\"x\"><areas id=\n");
        CliRun run = CliRun.of("diff", ASCOF, broken.toString());
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("framewright: error: " + broken + ":"), run.err());
        assertTrue(run.err().matches("(?s).*broken\\.framework:\\d+:\\d+: .*"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void usageErrorsAreExitTwo() {
        assertEquals(2, CliRun.of("diff", ASCOF).exitCode());
        assertEquals(2, CliRun.of("diff", ASCOF, ASCOF, "--format", "xml").exitCode());
        assertEquals(2, CliRun.of("diff", ASCOF, "no-such.framework").exitCode());
    }
}
