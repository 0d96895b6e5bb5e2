package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property test (issue 10): any byte string given as a data file or as a model ends the command with exit 1 or 2
 * and short, one-line messages, never a stack trace, a Java class name or raw control characters. Seeded and
 * bounded; plus the limits: samples capped, {@code --data ""} refused.
 */
class HostileInputTest {

    private static final int CASES = 60;

    @TempDir
    Path folder;

    @Test
    void randomBytesAsDataFileOrModel() throws Exception {
        Random random = new Random(20261204L);
        String model = Samples.framework("csci-2006.framework").toString();
        String data = Samples.data("csci-2006-councils.csv").toString();
        for (int i = 0; i < CASES; i++) {
            byte[] bytes = new byte[1 + random.nextInt(3000)];
            random.nextBytes(bytes);
            if (i % 3 == 1) {
                System.arraycopy("council,id,value\n".getBytes(), 0, bytes, 0, Math.min(17, bytes.length));
            }
            Path file = Files.write(folder.resolve("random" + i + (i % 2 == 0 ? ".csv" : ".framework")), bytes);
            assertRefused(CliRun.of("score", model, "--data", file.toString()));
            assertRefused(CliRun.of("score", file.toString(), "--data", data));
            assertRefused(CliRun.of("validate", file.toString()));
        }
    }

    @Test
    void samplesAreCappedTheSameEverywhere() {
        String model = Samples.framework("csci-2006.framework").toString();
        String data = Samples.data("csci-2006-councils.csv").toString();

        CliRun simulate = CliRun.of("simulate", model, "--data", data, "--samples", "100000000", "--seed", "1");
        CliRun report = CliRun.of("report", model, "--data", data, "--simulate", "100000000", "--out",
            folder.resolve("r.html").toString());

        assertTrue(simulate.exitCode() == 2 && simulate.err().contains("from 1 to 10000000"), simulate.err());
        assertTrue(report.exitCode() == 2 && report.err().contains("from 1 to 10000000"), report.err());
    }

    @Test
    void anEmptyFileArgumentIsNotTheWorkingDirectory() {
        CliRun run = CliRun.of("score", Samples.framework("csci-2006.framework").toString(), "--data", "");

        assertTrue(run.exitCode() == 2, run.err());
        assertTrue(run.err().contains("an empty file name was given"), run.err());
    }

    private static void assertRefused(CliRun run) {
        assertTrue(run.exitCode() == 1 || run.exitCode() == 2, () -> run.exitCode() + ": " + run.err());
        List<String> lines = run.err().lines().toList();
        assertFalse(lines.isEmpty(), "a message");
        assertTrue(lines.size() <= ProblemLinesLimit.MAX_LINES, () -> lines.size() + " lines");
        for (String line : lines) {
            assertFalse(line.startsWith("\tat ") || line.contains("Exception") || line.contains("Impl@"), line);
            assertFalse(line.chars().anyMatch(c -> c < 0x20 && c != '\t'), line);
            assertTrue(line.length() <= 1200, () -> line.length() + " characters: " + line.substring(0, 200));
        }
    }

    /** 100 problems, the "more" line and a few kinds, plus the summary line. */
    private static final class ProblemLinesLimit {
        static final int MAX_LINES = 130;
    }
}
