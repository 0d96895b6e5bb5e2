package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code framewright provenance MODEL [--status inferred|invented|stated|derived]
 * [--format table|csv]}: CSV columns {@code element,attribute,status,source,location,reason}, exit 0, bad input
 * exit 2 with a message and no stack trace.
 */
class ProvenanceCommandTest {

    private static final String ASCOF = Samples.framework("ascof-2023-24.framework").toString();
    private static final String CSCI = Samples.framework("csci-2006.framework").toString();

    @Test
    void csvHasTheContractColumnsAndOneRowPerRecord() {
        CliRun run = CliRun.of("provenance", ASCOF, "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("element,attribute,status,source,location,reason", lines.get(0));
        assertEquals(1 + 23, lines.size(), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("6-We1,,derived,004,\"opening, lines 1-4\",")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("1A,comparators,inferred,,,\"Neither 004")), run.out());
    }

    @Test
    void statusFiltersTheRecords() {
        CliRun run = CliRun.of("provenance", ASCOF, "--status", "derived", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, run.out().lines().count(), run.out());
        CliRun stated = CliRun.of("provenance", CSCI, "--status", "stated", "--format", "csv");
        assertEquals("element,attribute,status,source,location,reason\n", stated.out());
    }

    @Test
    void theTableListsTheCsciReadings() {
        CliRun run = CliRun.of("provenance", CSCI);
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("element\\s+attribute\\s+status\\s+source\\s+location\\s+reason"), lines.get(0));
        assertTrue(lines.get(1).matches("agg-delivery\\s+rounding\\s+inferred\\s+000\\s+000 gives no rule.*"), run.out());
        assertEquals(5, lines.size(), run.out());
    }

    @Test
    void anUnknownStatusIsRefusedWithExitTwo() {
        CliRun run = CliRun.of("provenance", ASCOF, "--status", "guessed");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--status must be one of inferred, invented, stated, derived, not 'guessed'"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aMissingFileIsRefusedWithExitTwoNamingIt() {
        CliRun run = CliRun.of("provenance", "no-such.framework");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no-such.framework"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void noModelIsAUsageError() {
        CliRun run = CliRun.of("provenance");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("provenance: expected one framework file"), run.err());
    }
}
