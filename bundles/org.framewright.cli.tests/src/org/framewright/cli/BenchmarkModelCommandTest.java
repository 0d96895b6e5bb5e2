package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framewright benchmark-model}: times every operation per size and leaves valid models and data behind. */
class BenchmarkModelCommandTest {

    @TempDir
    Path folder;

    @Test
    void timesEveryOperationForEverySizeAndKeepsTheGeneratedFiles() throws Exception {
        CliRun run = CliRun.of("benchmark-model", Samples.framework("adass-2020-option-two.framework").toString(),
            "--copies", "1,2", "--warmups", "1", "--warmup-ms", "1", "--runs", "1", "--out", folder.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("copies,elements,operation,runs,median_ms,min_ms,cpu_median_ms,gc_median_ms,load_average", lines.get(0));
        // 765 elements of the sample, the benchmark scheme and its three rules
        assertTrue(lines.get(1).startsWith("1,769,load,1,"), lines.get(1));
        assertTrue(lines.get(8).startsWith("2,1533,load,1,"), lines.get(8));
        assertTrue(run.out().contains("| operation | 1 copy ms (CPU, GC) | 2 copies ms (CPU, GC) | k CPU 1->2 |"), run.out());
        assertTrue(run.out().contains("| score |"), run.out());
        assertTrue(run.out().contains("| edit+revalidate |"), run.out());

        CliRun validate = CliRun.of("validate", folder.resolve("replicated-2.framework").toString());
        assertTrue(validate.out().lines().noneMatch(l -> l.contains("FW-EMF-01")), "no duplicate ids");
        CliRun score = CliRun.of("score", folder.resolve("replicated-2.framework").toString(), "--data",
            folder.resolve("replicated-2.csv").toString(), "--format", "csv");
        assertEquals(0, score.exitCode(), score.err());
        assertEquals(20, score.out().lines().filter(l -> l.matches("E0\\d+,overall,\\d.*")).count(),
            "an overall score for each of the 20 councils");
        assertTrue(Files.size(folder.resolve("replicated-2.csv")) > 0);
    }
}
