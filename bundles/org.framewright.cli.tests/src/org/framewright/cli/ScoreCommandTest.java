package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framewright score}: CSV contract, formats, --out, and exit codes. */
class ScoreCommandTest {

    private static String model(String file) {
        return Samples.framework(file).toString();
    }

    private static String data(String file) {
        return Samples.data(file).toString();
    }

    @Test
    void csvHasOneRowPerCouncilAndNodeWithTheRatingAsStars() {
        CliRun run = CliRun.of("score", model("csci-2006.framework"), "--data", data("csci-2006-councils.csv"),
            "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("council,node,score,rating,rank", lines.get(0));
        assertEquals(1 + 12 * 12, lines.size(), "12 councils x (7 outcomes, delivery, L, C, capacity, overall)");
        assertTrue(lines.contains("E06000901,overall,4,4,"), run.out());
        assertTrue(lines.contains("E08000902,overall,0,0,"), run.out());
        assertTrue(lines.contains("E09000902,O1,3,Good,"), run.out());
        assertEquals("E06000901,O1,4,Excellent,", lines.get(1), "councils and nodes in input order");
    }

    @Test
    void cqcRatingsAndPercentages() {
        CliRun run = CliRun.of("score", model("cqc-la-2023.framework"), "--data", data("cqc-la-2023-councils.csv"),
            "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch("E09000911,overall,39,Requires improvement,"::equals), run.out());
        assertTrue(run.out().lines().anyMatch("E09000912,overall,88,Outstanding,"::equals), run.out());
    }

    @Test
    void theAscofCompositeOfAllCouncilsIsRanked() {
        CliRun run = CliRun.of("score", model("ascof-2023-24.framework"), "--data",
            SharedData.file("ascof/trend_data.csv").toString(), "--period", "2023-24", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        List<String> overall = run.out().lines().filter(l -> l.contains(",overall,")).toList();
        assertEquals(153, overall.size());
        assertTrue(overall.stream().anyMatch(l -> l.endsWith(",1")), "someone ranks first");
        assertTrue(overall.stream().allMatch(l -> l.matches("E\\d{8},overall,[0-9.]+,,\\d+")), overall.get(0));
    }

    @Test
    void theDefaultTableNamesCouncilsRatingsAndTopLevelAreas() {
        CliRun run = CliRun.of("score", model("csci-2006.framework"), "--data", data("csci-2006-councils.csv"));
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("Council\\s+Overall\\s+Rating\\s+Rank\\s+delivery\\s+capacity"), lines.get(0));
        assertTrue(lines.get(1).matches("Ashbourne Vale\\s+4\\s+4\\s+4 Excellent\\s+4 Excellent"), lines.get(1));
    }

    @Test
    void jsonExplainsEveryNode() {
        CliRun run = CliRun.of("score", model("csci-2006.framework"), "--data", data("csci-2006-councils.csv"),
            "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"scheme\": \"star-rating\""));
        assertTrue(run.out().contains("\"notes\": [\"MH missing: excluded, weights re-normalised over OP, CAR, LD, PSD\""),
            run.out());
        // Ashbourne Vale: delivery 4, capacity 4 -> Figure 2's cell
        assertTrue(run.out().contains("\"explanation\": [\"delivery 4 x capacity 4 -> 4 stars (Figure 2)\"]"), run.out());
    }

    @Test
    void severalPeriodsWithoutAChoiceIsAUsageError(@TempDir Path folder) throws IOException {
        Path twoYears = folder.resolve("two-years.csv");
        Files.writeString(twoYears, "council,council_name,period,id,group,category,value\n"
            + "E06000901,Ashbourne Vale,2006-07,L,,,3\nE06000901,Ashbourne Vale,2007-08,L,,,4\n");
        CliRun run = CliRun.of("score", model("csci-2006.framework"), "--data", twoYears.toString(), "--format", "csv");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("the data holds several periods (2006-07, 2007-08); choose one to score (--period)"),
            run.err());
        assertEquals("", run.out());
        CliRun chosen = CliRun.of("score", model("csci-2006.framework"), "--data", twoYears.toString(), "--format", "csv",
            "--period", "2007-08");
        assertEquals(0, chosen.exitCode(), chosen.err());
        assertTrue(chosen.out().contains("E06000901,L,4,Excellent,"), chosen.out());
    }

    @Test
    void anUnknownSchemeListsTheSchemes() {
        CliRun run = CliRun.of("score", model("west-northamptonshire-2024.framework"), "--data",
            data("west-northamptonshire-2024-councils.csv"));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("its schemes are rag, cqc-score"), run.err());
    }

    @Test
    void anUnreadableDataFileExitsWith2() {
        CliRun run = CliRun.of("score", model("csci-2006.framework"), "--data", "/no/such/file.csv");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("/no/such/file.csv"), run.err());
    }

    @Test
    void dataErrorsArePrintedAndNothingIsWritten(@TempDir Path folder) throws IOException {
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "council,council_name,period,id,group,category,value\n"
            + "E06000901,Ashbourne Vale,2006-07,L,,,three\n");
        Path out = folder.resolve("out.csv");
        CliRun run = CliRun.of("score", model("csci-2006.framework"), "--data", bad.toString(), "--format", "csv",
            "--out", out.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(bad + ":2:"), run.err());
        assertFalse(Files.exists(out));
        assertEquals(List.of("bad.csv"), Files.list(folder).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void outWritesTheFileAndNothingToStandardOutput(@TempDir Path folder) throws IOException {
        Path out = folder.resolve("stars.csv");
        CliRun run = CliRun.of("score", model("csci-2006.framework"), "--data", data("csci-2006-councils.csv"),
            "--format", "csv", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals("council,node,score,rating,rank", Files.readAllLines(out).get(0));
    }

    @Test
    void usageErrorsExitWith2() {
        assertEquals(2, CliRun.of("score", model("csci-2006.framework")).exitCode(), "--data missing");
        assertEquals(2, CliRun.of("score", model("csci-2006.framework"), "--data", data("csci-2006-councils.csv"),
            "--format", "xml").exitCode());
        assertEquals(2, CliRun.of("score", "/no/such/model.framework", "--data", data("csci-2006-councils.csv")).exitCode());
    }
}
