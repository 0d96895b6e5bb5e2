package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.framewright.samples.Samples;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that scores refuses a model that {@code validate} rejects (issue 10, point 2): it prints the
 * validation errors, exits 1 and writes nothing, instead of scoring nulls or failing with an internal error.
 */
class ScoringGateTest {

    @TempDir
    Path folder;

    /** A broken copy of the CQC sample (one attribute changed) and the rule that must name it. */
    static Stream<Arguments> brokenModels() {
        return Stream.of(
            Arguments.of("maximum=\"4.0\"", "maximum=\"0\"", "FW-AGG-03"),
            Arguments.of("id=\"statement-band-2\"", "id=\"statement-band-1\"", "FW-EMF-01"),
            Arguments.of("scale=\"qs-score\" step=\"1.0\"", "scale=\"qs-score\" step=\"NaN\"", "FW-NUM-01"),
            Arguments.of("maximum=\"4.0\"", "maximum=\"Infinity\"", "FW-NUM-01"),
            Arguments.of("upper=\"100.0\"", "upper=\"1e309\"", "FW-NUM-01"),
            Arguments.of("scale=\"qs-score\" step=\"1.0\"", "scale=\"qs-score\" step=\"-1\"", "FW-NUM-02"));
    }

    @ParameterizedTest
    @MethodSource("brokenModels")
    void everyScoringCommandRefusesTheModel(String original, String broken, String code) throws IOException {
        String model = brokenCopy(original, broken).toString();
        String data = Samples.data("cqc-la-2023-councils.csv").toString();
        Path out = folder.resolve("out.html");
        List<String[]> commands = new ArrayList<>(List.of(
            new String[] {"score", model, "--data", data},
            new String[] {"simulate", model, "--data", data, "--samples", "10", "--seed", "1"},
            new String[] {"report", model, "--data", data, "--out", out.toString()},
            new String[] {"report", model, "--data", data, "--simulate", "10", "--out", out.toString()},
            new String[] {"normalise", "--data", data, "--method", "minmax", "--model", model},
            new String[] {"compare", model, Samples.framework("cqc-la-2023.framework").toString(), "--data", data},
            new String[] {"benchmark-simulation", model, "--data", data, "--draws", "10"}));
        for (String[] command : commands) {
            CliRun run = CliRun.of(command);
            String what = String.join(" ", command) + "\n" + run.err();
            assertEquals(1, run.exitCode(), what);
            assertTrue(run.err().contains("ERROR " + code + " "), what);
            assertTrue(run.err().contains("validation error"), what);
            assertFalse(run.err().contains("internal error") || run.err().contains("Exception"), what);
            assertEquals("", run.out(), what);
            assertFalse(Files.exists(out), what);
        }
        CliRun validate = CliRun.of("validate", model);
        assertEquals(1, validate.exitCode(), validate.out());
        assertTrue(validate.out().contains("ERROR " + code + " "), validate.out());
    }

    private Path brokenCopy(String original, String broken) throws IOException {
        String text = Files.readString(Samples.framework("cqc-la-2023.framework"));
        assertTrue(text.contains(original), original);
        return Files.writeString(folder.resolve("broken.framework"), text.replaceFirst(
            java.util.regex.Pattern.quote(original), java.util.regex.Matcher.quoteReplacement(broken)));
    }
}
