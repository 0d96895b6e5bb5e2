package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code benchmark-simulation} on a scheme with levels: the rating kernel (fast) and the engine per draw (general)
 * count the same ranks and ratings for the same draws, so their checksums agree.
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
}
