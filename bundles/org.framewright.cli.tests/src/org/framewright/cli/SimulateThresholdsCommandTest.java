package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate --perturb-thresholds K --threshold-rules ... --missing-policies ...} on the CQC and CSCI samples:
 * K = 0 changes nothing, K &gt; 0 moves ratings, the run names what it perturbed, every boundary is a sensitivity
 * input, and bad values are refused with exit 1.
 */
class SimulateThresholdsCommandTest {

    private static List<String> cqc(String... more) {
        List<String> args = new ArrayList<>(List.of("simulate", Samples.framework("cqc-la-2023.framework").toString(),
            "--data", Samples.data("cqc-la-2023-councils.csv").toString(), "--samples", "500", "--seed", "7",
            "--threads", "2"));
        args.addAll(List.of(more));
        if (!args.contains("--format")) {
            args.addAll(List.of("--format", "csv"));
        }
        return args;
    }

    private static List<String> csci(String... more) {
        List<String> args = new ArrayList<>(List.of("simulate", Samples.framework("csci-2006.framework").toString(),
            "--data", Samples.data("csci-2006-councils.csv").toString(), "--samples", "300", "--seed", "3",
            "--perturb-rules", "agg-outcomes", "--format", "csv"));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void aShiftOfZeroIsTheUnperturbedRun() {
        CliRun plain = CliRun.of(csci().toArray(String[]::new));
        CliRun zero = CliRun.of(csci("--perturb-thresholds", "0").toArray(String[]::new));
        assertEquals(0, zero.exitCode(), zero.err());
        assertEquals(plain.out(), zero.out());
        CliRun csciShifted = CliRun.of(csci("--perturb-thresholds", "2").toArray(String[]::new));
        assertEquals(plain.out(), csciShifted.out(), "the CSCI sample rates by rounding to scales, with no banding");
        assertTrue(csciShifted.err().contains("simulate: --perturb-thresholds: scheme star-rating has no banding of two "
            + "or more bands to shift; no threshold perturbed"), csciShifted.err());
        CliRun cqcZero = CliRun.of(cqc("--perturb-thresholds", "0").toArray(String[]::new));
        assertTrue(cqcZero.err().contains("simulate: perturbed: nothing"), cqcZero.err());
    }

    @Test
    void shiftedThresholdsMoveCqcRatingsAndTheSummaryNamesThem() throws IOException {
        CliRun run = CliRun.of(cqc("--perturb-thresholds", "3", "--missing-policies",
            "agg-themes=exclude-and-re-weight|fail").toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("(fast path)"), run.err());
        assertTrue(run.err().contains("simulate: perturbed: 3 band boundaries of statement-bands +-3 points; "
            + "3 band boundaries of rating-bands +-3 points; missing-data policy of agg-themes among exclude and "
            + "re-weight|fail"), run.err());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(new StringReader(run.out())).getRecords();
        assertTrue(rows.stream().anyMatch(r -> Double.parseDouble(r.get("p_flip")) > 0.1), run.out());
        CliRun json = CliRun.of(cqc("--perturb-thresholds", "3", "--threshold-rules", "agg-overall", "--format",
            "json").toArray(String[]::new));
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"inputs\":[\"thresholds of rating-bands\"],"
            + "\"perturbed\":[\"3 band boundaries of rating-bands +-3 points\"]"), json.out());
    }

    @Test
    void sensitivityByInputGivesEveryBoundaryItsIndices(@TempDir Path folder) throws IOException {
        Path indices = folder.resolve("indices.csv");
        CliRun run = CliRun.of(cqc("--perturb-thresholds", "4", "--threshold-rules", "statement-bands",
            "--sensitivity-by", "input", "--sensitivity-samples", "200", "--sensitivity-out", indices.toString())
            .toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(indices);
        assertEquals("input,first_order,first_low,first_high,total,total_low,total_high", lines.get(0));
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("boundary at 39 (1/2) of statement-bands,"), lines.get(1));
        assertTrue(lines.get(3).startsWith("boundary at 88 (3/4) of statement-bands,"), lines.get(3));
    }

    @Test
    void badValuesAreRefusedWithExitOneNamingThem() {
        assertRefused(cqc("--perturb-thresholds", "-2"), "--perturb-thresholds takes a number of points of at least 0, not '-2'");
        assertRefused(cqc("--perturb-thresholds", "two"), "not 'two'");
        assertRefused(cqc("--perturb-thresholds", "2", "--threshold-rules", "agg-nothing"),
            "--threshold-rules: scheme cqc-rating has no rule or banding 'agg-nothing'");
        assertRefused(cqc("--missing-policies", "agg-nothing=fail"),
            "--missing-policies: scheme cqc-rating has no aggregation rule 'agg-nothing'");
        assertRefused(cqc("--missing-policies", "agg-themes=zero"), "unknown missing-data policy 'zero'");
        assertRefused(cqc("--missing-policies", "agg-themes"), "takes RULE=POLICY|POLICY, not 'agg-themes'");
        assertRefused(csci("--perturb-thresholds", "1", "--threshold-rules", "agg-outcomes"),
            "rule agg-outcomes of scheme");
    }

    private static void assertRefused(List<String> args, String message) {
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(message), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
    }
}
