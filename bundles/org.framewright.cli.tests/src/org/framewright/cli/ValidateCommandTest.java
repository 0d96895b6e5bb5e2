package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framewright validate}: output lines, per-file summaries and exit codes 0, 1 and 2. */
class ValidateCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path folder;

    @Test
    void cleanSamplesExitZeroWithNothingOnStandardOutput() {
        CliRun run = CliRun.of("validate", sample("csci-2006.framework"), sample("cqc-la-2023.framework"));

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals(sample("csci-2006.framework") + ": 0 errors, 0 warnings, 0 infos" + NL
            + sample("cqc-la-2023.framework") + ": 0 errors, 0 warnings, 0 infos" + NL, run.err());
    }

    @Test
    void enableRunsTheOptionalProvenanceRuleForThatRunOnly() {
        CliRun run = CliRun.of("validate", "--enable", "FW-PROV-01", sample("csci-2006.framework"));

        assertEquals(0, run.exitCode(), run.err());
        java.util.List<String> lines = run.out().lines().toList();
        assertTrue(lines.stream().allMatch(l -> l.startsWith("WARNING FW-PROV-01 csci-2006/")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("WARNING FW-PROV-01 csci-2006/delivery: ")
            && l.endsWith("is scored by scheme 'star-rating' but has no provenance of its own (source, or inferred/invented with a reason)")),
            run.out());
        assertTrue(run.err().contains("0 errors, " + lines.size() + " warnings"), run.err());

        CliRun again = CliRun.of("validate", sample("csci-2006.framework"));
        assertEquals("", again.out(), "the rule is off again");
    }

    @Test
    void warningsArePrintedButExitZero() throws Exception {
        // 2B and 2C lose their polarity: they are still normalised, as if higher were better, which FW-IND-02 warns about
        Path unpolarised = copy("ascof-2023-24.framework", "polarity=\"lower is better\" ", "");

        CliRun run = CliRun.of("validate", unpolarised.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("WARNING FW-IND-02 ascof-2023-24/2B: "), run.out());
        assertTrue(lines.get(1).startsWith("WARNING FW-IND-02 ascof-2023-24/2C: "), run.out());
        assertTrue(run.err().endsWith(": 0 errors, 2 warnings, 0 infos" + NL), run.err());
    }

    @Test
    void anErrorExitsOneWithTheExactLine() throws Exception {
        Path broken = copy("csci-2006.framework", "<weights part=\"OP\" percent=\"40.0\"/>",
            "<weights part=\"OP\" percent=\"35.0\"/>");

        CliRun run = CliRun.of("validate", broken.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("ERROR FW-WEIGHT-01 csci-2006/star-rating/agg-outcomes: Aggregation rule 'agg-outcomes' (Outcome"
            + " grade from weighted client-group evidence) of scheme 'star-rating': weights sum to 95 %, not 100 %" + NL,
            run.out());
        assertEquals(broken + ": 1 error, 0 warnings, 0 infos" + NL, run.err());
    }

    @Test
    void malformedXmiExitsTwoNamingFileLineAndColumn() throws Exception {
        Path broken = copy("csci-2006.framework", "<levelNames>Dimension</levelNames>", "<levelNames>Dimension</levelName>");

        CliRun run = CliRun.of("validate", broken.toString(), sample("csci-2006.framework"));

        assertEquals(2, run.exitCode());
        Matcher located = Pattern.compile("framewright: error: " + Pattern.quote(broken.toString()) + ":5:\\d+: .+")
            .matcher(run.err().lines().findFirst().orElse(""));
        assertTrue(located.matches(), run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("SAXParseException"), run.err());
        assertTrue(run.err().contains(sample("csci-2006.framework") + ": 0 errors"), "the other file is still validated");
    }

    @Test
    void aMissingFileExitsTwo() {
        String missing = folder.resolve("nowhere.framework").toString();

        CliRun run = CliRun.of("validate", missing);

        assertEquals(2, run.exitCode());
        assertEquals("framewright: error: " + missing + ": no such file" + NL, run.err());
        assertEquals("", run.out());
    }

    @Test
    void noFileIsAUsageError() {
        CliRun run = CliRun.of("validate");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("framewright: error: validate needs at least one framework file"), run.err());
    }

    @Test
    void anOptionIsRefusedAsUnknownInsteadOfReadAsAFile() {
        CliRun run = CliRun.of("validate", "--strict", sample("csci-2006.framework"));

        assertEquals(2, run.exitCode());
        assertEquals("framewright: error: validate: unknown option --strict (see 'framewright validate --help')",
            run.err().strip());
        assertEquals("", run.out());
    }

    static String sample(String name) {
        return Samples.framework(name).toString();
    }

    /** A copy of a sample (beside copies of all samples, for references) with one text replaced. */
    private Path copy(String sample, String text, String replacement) throws Exception {
        for (String other : Samples.FRAMEWORKS) {
            Files.copy(Samples.framework(other), folder.resolve(other));
        }
        Path copy = folder.resolve(sample);
        String content = Files.readString(copy);
        assertTrue(content.contains(text), text);
        Files.writeString(copy, content.replace(text, replacement));
        return copy;
    }
}
