package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framewright normalise}: the CSV contract, the methods and polarity from a model. */
class NormaliseCommandTest {

    private static Path data(Path folder) throws IOException {
        Path file = folder.resolve("values.csv");
        Files.writeString(file, "council,council_name,period,id,group,category,value\n"
            + "E06000901,A,2023-24,2B,,,1\nE06000902,B,2023-24,2B,,,2\nE06000903,C,2023-24,2B,,,4\n"
            + "E06000904,D,2023-24,2B,,,5\nE06000905,E,2023-24,2B,,,9\n");
        return file;
    }

    @Test
    void robustZWithoutAModelTakesHigherAsBetter(@TempDir Path folder) throws IOException {
        CliRun run = CliRun.of("normalise", "--data", data(folder).toString(), "--method", "robust-z");
        assertEquals(0, run.exitCode(), run.err());
        // median 4, MAD 2
        assertEquals(List.of("council,id,period,value,normalised", "E06000901,2B,2023-24,1,-1.5", "E06000902,2B,2023-24,2,-1",
            "E06000903,2B,2023-24,4,0", "E06000904,2B,2023-24,5,0.5", "E06000905,2B,2023-24,9,2.5"), run.out().lines().toList());
    }

    @Test
    void aModelGivesThePolarity(@TempDir Path folder) throws IOException {
        CliRun run = CliRun.of("normalise", "--data", data(folder).toString(), "--method", "minmax", "--model",
            Samples.framework("ascof-2023-24.framework").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch("E06000901,2B,2023-24,1,100"::equals), "2B is lower is better: " + run.out());
        assertTrue(run.out().lines().anyMatch("E06000905,2B,2023-24,9,0"::equals), run.out());
    }

    @Test
    void anUnknownMethodIsAUsageError(@TempDir Path folder) throws IOException {
        CliRun run = CliRun.of("normalise", "--data", data(folder).toString(), "--method", "logit");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--method must be one of minmax, zscore, robust-z, rank, percentile"), run.err());
    }
}
