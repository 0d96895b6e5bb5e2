package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outlier treatments through {@code score} and {@code audit} on the real 2023-24 ASCOF data: a treatment with bad
 * parameters (FW-TREAT-01) is refused by both (exit 1, the validation error, nothing written); a good one shows in
 * the JSON breakdown what it changed for which council; a log of a 0 in the data is refused naming the council.
 */
class OutlierTreatmentCommandTest {

    @TempDir
    Path folder;

    private Path withTreatments(String treatments) throws IOException {
        String text = Files.readString(Samples.framework("ascof-2023-24.framework"));
        assertTrue(text.contains("  </schemes>"));
        // ASCOF 2023-24 is basedOn ASCOF 2019-20, a file beside it
        Files.copy(Samples.framework("ascof-2019-20.framework"), folder.resolve("ascof-2019-20.framework"));
        return Files.writeString(folder.resolve("treated.framework"), text.replace("  </schemes>",
            treatments + "\n  </schemes>"));
    }

    private static String data() {
        return SharedData.file("ascof/trend_data.csv").toString();
    }

    @Test
    void scoreAndAuditRefuseATreatmentWithBadParameters() throws IOException {
        String model = withTreatments("    <treatments id=\"tr-bad\" indicators=\"3D1A\" winsorisationLimit=\"-2\""
            + " transform=\"box-cox\" lambda=\"9\"/>").toString();
        for (String command : new String[] {"score", "audit"}) {
            CliRun run = CliRun.of(command, model, "--data", data(), "--period", "2023-24");
            String what = command + "\n" + run.err();
            assertEquals(1, run.exitCode(), what);
            assertTrue(run.err().contains("ERROR FW-TREAT-01 ") && run.err().contains("'tr-bad'")
                && run.err().contains("winsorisationLimit is -2; expected 0 or more points")
                && run.err().contains("lambda is 9; the Box-Cox lambda must be from -5 to 5"), what);
            assertFalse(run.err().contains("Exception"), what);
            assertEquals("", run.out(), what);
        }
        CliRun validate = CliRun.of("validate", model);
        assertEquals(1, validate.exitCode(), validate.out());
        assertTrue(validate.out().contains("ERROR FW-TREAT-01 "), validate.out());
    }

    @Test
    void theJsonBreakdownSaysWhatWasChangedForWhichCouncil() throws IOException {
        String model = withTreatments("    <treatments id=\"tr-2D1\" indicators=\"2D1\"/>\n"
            + "    <treatments id=\"tr-3D1\" indicators=\"3D1A 3D1B\" transform=\"box-cox\" lambda=\"4\"/>").toString();
        CliRun run = CliRun.of("score", model, "--data", data(), "--period", "2023-24", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        // the Isles of Scilly's 0 for 2D1 takes the next lowest council's value, 63.8 (one point: skewness -3.749 and
        // kurtosis 28.0 of the 152 values fall to -0.56 and -0.15, computed independently of the engine)
        assertTrue(run.out().contains("\"notes\": [\"winsorised (tr-2D1): 0 -> 63.8\"]"), run.out());
        assertTrue(run.out().contains("\"explanation\": [\"value in the data: 0\", \"winsorised (tr-2D1): 0 -> 63.8\""),
            run.out());
        assertTrue(run.out().contains("treatment tr-2D1 of indicator 2D1: skewness -3.749002, kurtosis 28.036135"), run.out());
        assertTrue(run.out().contains("1 point winsorised (E06000053): skewness -0.56"), run.out());
        assertTrue(run.out().contains("\"Box-Cox (lambda 4)-transformed (tr-3D1): "), run.out());
        assertTrue(run.out().contains("treatment tr-3D1 of indicator 3D1A: skewness -3.496544, kurtosis 12.580284"), run.out());
    }

    @Test
    void aLogOfAZeroInTheDataIsRefusedNamingTheCouncil() throws IOException {
        String model = withTreatments("    <treatments id=\"tr-log\" indicators=\"2D1\" winsorisationLimit=\"0\""
            + " transform=\"log\"/>").toString();
        CliRun run = CliRun.of("score", model, "--data", data(), "--period", "2023-24");
        assertTrue(run.exitCode() != 0, run.err());
        assertTrue(run.err().contains("treatment tr-log of indicator 2D1: the log transform needs positive values, but"
            + " council E06000053 has 0"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
    }
}
