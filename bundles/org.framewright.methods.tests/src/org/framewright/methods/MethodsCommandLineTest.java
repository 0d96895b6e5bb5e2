package org.framewright.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framewright.cli.FramewrightApplication;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin's methods through {@code ./framewright}: score and audit the harmonic sample, refuse a bad parameter. */
class MethodsCommandLineTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = FramewrightApplication.run(List.of(args), o, e);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void scoreRanksEveryCouncilOnTheHarmonicComposite() throws Exception {
        Run run = run("score", AscofMethodsTest.model(AscofMethodsTest.HARMONIC).toString(), "--data",
            SharedData.file("ascof/trend_data.csv").toString(), "--period", "2023-24", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        List<String> overall = run.out().lines().filter(l -> l.contains(",overall,")).toList();
        assertEquals(153, overall.size());
        assertTrue(overall.stream().allMatch(l -> l.matches("E\\d{8},overall,[0-9.]+,,\\d+")), overall.get(0));
    }

    @Test
    void simulateRunsTheHarmonicMeanOnTheFastPathThroughItsPrimitive() throws Exception {
        Run run = run("simulate", AscofMethodsTest.model(AscofMethodsTest.HARMONIC).toString(), "--data",
            SharedData.file("ascof/trend_data.csv").toString(), "--period", "2023-24", "--samples", "500", "--seed",
            "11", "--threads", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("simulate: composite-harmonic, 500 draws")
            && l.endsWith("(fast path; plugin methods on their primitives: harmonic-mean (org.framewright.methods))")),
            run.err());
    }

    @Test
    void simulateScoresCopelandOnTheFastPathThroughItsComparativePrimitive() throws Exception {
        Run run = run("simulate", AscofMethodsTest.model(CopelandAscofTest.COPELAND).toString(), "--data",
            SharedData.file("ascof/trend_data.csv").toString(), "--period", "2023-24", "--samples", "40", "--seed",
            "11", "--threads", "1", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("simulate: composite-copeland, 40 draws")
            && l.endsWith("(fast path; plugin methods on their primitives: copeland (org.framewright.methods))")),
            run.err());
        assertEquals(154, run.out().lines().count(), run.out());
    }

    @Test
    void auditRunsOnTheHarmonicComposite() throws Exception {
        Run run = run("audit", AscofMethodsTest.model(AscofMethodsTest.HARMONIC).toString(), "--data",
            SharedData.file("ascof/trend_data.csv").toString(), "--period", "2023-24", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"scheme\": \"composite-harmonic\""), run.out());
        assertFalse(run.out().contains("\"leaveOneOutMaxRankShift\": null"), "every leave-one-out was scored");
    }

    @Test
    void aPolicyThatIsNotOneOfTheChoicesIsRefusedBeforeScoring(@TempDir Path folder) throws Exception {
        Framework framework = FrameworkFiles.loadFramework(AscofMethodsTest.model(AscofMethodsTest.HARMONIC));
        framework.getSchemes().get(0).getAggregations().get(1).getParameters().get(0).setValue("ignore");
        Path file = folder.resolve("bad-policy.framework");
        try (var stream = Files.newOutputStream(file)) {
            framework.eResource().save(stream, null);
        }
        Run run = run("score", file.toString(), "--data", SharedData.file("ascof/trend_data.csv").toString(),
            "--period", "2023-24");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("FW-EXT-02") && run.err().contains("'ignore' is not one of refuse, zero"),
            run.err());
        assertEquals("", run.out());
    }
}
