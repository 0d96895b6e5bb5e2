package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code benchmark-simulation} on a scheme with levels: the rating kernel (fast) and the engine per draw (general)
 * count the same ranks and ratings for the same draws, so their checksums agree. Data it cannot measure on is refused
 * as {@code simulate} refuses it (exit 1, the same message) with nothing on stdout, not even the CSV header.
 */
class BenchmarkSimulationCommandTest {

    @TempDir
    Path folder;

    private static CliRun run(String path) {
        return CliRun.of("benchmark-simulation", Samples.framework("csci-2006.framework").toString(), "--data",
            Samples.data("csci-2006-councils.csv").toString(), "--perturb-rules", "agg-outcomes", "--draws", "40,80",
            "--threads", "2", "--path", path);
    }

    @Test
    void fastAndGeneralPathsPrintTheSameChecksums() {
        CliRun fast = run("fast");
        CliRun general = run("general");
        assertEquals(0, fast.exitCode(), fast.err());
        assertEquals(0, general.exitCode(), general.err());
        List<String> fastRows = fast.out().lines().toList();
        List<String> generalRows = general.out().lines().toList();
        assertEquals("councils,draws,threads,seconds,draws_per_second,count_mb,heap_mb,checksum", fastRows.get(0));
        assertEquals(3, fastRows.size(), fast.out());
        assertEquals(3, generalRows.size(), general.out());
        for (int row = 1; row < 3; row++) {
            String[] a = fastRows.get(row).split(",");
            String[] b = generalRows.get(row).split(",");
            assertEquals(a[1], b[1]);
            assertEquals(a[7], b[7], "checksum of " + a[1] + " draws");
        }
        assertTrue(fastRows.get(1).startsWith("12,40,2,"), fastRows.get(1));
    }

    @Test
    void anUnknownPathIsAUsageError() {
        CliRun run = run("quick");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--path must be fast or general, not 'quick'"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void exportForCWritesTheRatingKernelsModelBesideTheTimings() throws Exception {
        Path export = folder.resolve("c");
        CliRun run = CliRun.of("benchmark-simulation", Samples.framework("csci-2006.framework").toString(), "--data",
            Samples.data("csci-2006-councils.csv").toString(), "--perturb-rules", "agg-outcomes", "--draws", "40",
            "--threads", "1", "--export-for-c", export.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().skip(1).findFirst().orElseThrow().startsWith("12,40,1,"), run.out());
        List<String> lines = Files.readAllLines(export.resolve("rating-12.txt"));
        assertEquals("framewright-rating-model 1", lines.get(0));
        assertTrue(lines.contains("councils 12"), lines.subList(0, 4).toString());
        assertTrue(lines.contains("seed 1"), lines.subList(0, 4).toString());
        // the five client-group weights of agg-outcomes are the one drawn group; the star rating has levels 0-4
        assertTrue(lines.contains("group 0 5"), String.join("\n", lines.subList(0, 16)));
        assertTrue(lines.contains("rating-levels 5"), String.join("\n", lines.subList(0, 16)));
        assertEquals("end", lines.get(lines.size() - 1));
    }

    @Test
    void exportForCOfShiftedThresholdsIsRefusedNamingWhy() {
        Path export = folder.resolve("c");
        CliRun run = CliRun.of("benchmark-simulation", Samples.framework("cqc-la-2023.framework").toString(), "--data",
            Samples.data("cqc-la-2023-councils.csv").toString(), "--draws", "20",
            "--threads", "1", "--perturb-thresholds", "2", "--export-for-c", export.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("benchmark-simulation: --export-for-c: cannot export the rating model for the C"
            + " loop: the C loop draws weights only (no normalisation, method, policy or threshold choice)"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(export), "nothing exported");
    }

    @Test
    void dataErrorsAreExitOneAsForSimulateWithNothingOnStdout() throws Exception {
        List<String> rows = Files.readAllLines(Samples.data("csci-2006-councils.csv"));
        rows.set(2, rows.get(2).replaceFirst(",4$", ",four"));
        Path bad = Files.write(folder.resolve("councils.csv"), rows);
        CliRun simulate = CliRun.of("simulate", Samples.framework("csci-2006.framework").toString(), "--data",
            bad.toString(), "--samples", "40", "--seed", "1");
        CliRun benchmark = CliRun.of("benchmark-simulation", Samples.framework("csci-2006.framework").toString(),
            "--data", bad.toString(), "--draws", "40", "--threads", "1");
        assertEquals(1, simulate.exitCode(), simulate.err());
        assertEquals(1, benchmark.exitCode(), benchmark.err());
        assertTrue(benchmark.err().contains(bad + ":3:"), "the bad value's line: " + benchmark.err());
        assertTrue(benchmark.err().contains("four"), benchmark.err());
        assertFalse(benchmark.err().contains("Exception"), benchmark.err());
        assertEquals("", benchmark.out());
    }

    @Test
    void dataATreatmentCannotServeIsExitOneAsForSimulateWithNothingOnStdout() {
        String treated = Samples.framework("ascof-2023-24-treated.framework").toString();
        String data = SharedData.file("ascof/trend_data.csv").toString();
        String refusal = "FW-TREAT-03 imputation 'imp-nn': comparator median needs the councils' similar councils"
            + " groups";
        CliRun simulate = CliRun.of("simulate", treated, "--data", data, "--period", "2023-24", "--samples", "40",
            "--seed", "1");
        CliRun benchmark = CliRun.of("benchmark-simulation", treated, "--data", data, "--period", "2023-24",
            "--draws", "40", "--threads", "1");
        assertEquals(1, simulate.exitCode(), simulate.err());
        assertTrue(simulate.err().contains(refusal), simulate.err());
        assertEquals(1, benchmark.exitCode(), benchmark.err());
        assertTrue(benchmark.err().contains("benchmark-simulation: " + refusal), benchmark.err());
        assertFalse(benchmark.err().contains("Exception"), benchmark.err());
        assertEquals("", benchmark.out());
    }

    @Test
    void withTheGroupsTheTreatedSampleIsMeasured() {
        CliRun run = CliRun.of("benchmark-simulation", Samples.framework("ascof-2023-24-treated.framework").toString(),
            "--data", SharedData.file("ascof/trend_data.csv").toString(), "--period", "2023-24", "--groups",
            SharedData.file("oflog/NN.json").toString(), "--draws", "40", "--factor", "2", "--threads", "1");
        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = run.out().lines().toList();
        assertEquals("councils,draws,threads,seconds,draws_per_second,count_mb,heap_mb,checksum", rows.get(0));
        // the councils the availability screen keeps
        assertTrue(rows.get(1).matches("1[0-9][0-9],40,1,.*"), rows.get(1));
    }
}
