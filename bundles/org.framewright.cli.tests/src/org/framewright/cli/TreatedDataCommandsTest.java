package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code audit}, {@code simulate} and {@code report} read treated data as {@code score} does: data that cannot serve a
 * treatment (the sample {@code ascof-2023-24-treated}'s comparator imputation without comparator groups) is a data
 * error, exit 1 with the rule's message, as for {@code score}; with {@code --groups} they score what {@code score}
 * scores; a time-series imputation reads the data file's other years for them too.
 */
class TreatedDataCommandsTest {

    private static final String REFUSAL = "FW-TREAT-03 imputation 'imp-nn': comparator median needs the councils' "
        + "similar councils groups, but the data has no similar councils group";

    @TempDir
    Path folder;

    private static String treated() {
        return Samples.framework("ascof-2023-24-treated.framework").toString();
    }

    private static String data() {
        return SharedData.file("ascof/trend_data.csv").toString();
    }

    private static String groups() {
        return SharedData.file("oflog/NN.json").toString();
    }

    private static void assertRefused(CliRun run) {
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(REFUSAL), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void scoreAuditSimulateAndReportAllRefuseDataThatCannotServeATreatmentWithExitOne() {
        assertRefused(CliRun.of("score", treated(), "--data", data(), "--period", "2023-24"));
        assertRefused(CliRun.of("audit", treated(), "--data", data(), "--period", "2023-24"));
        assertRefused(CliRun.of("simulate", treated(), "--data", data(), "--period", "2023-24", "--samples", "50",
            "--seed", "1"));
        Path report = folder.resolve("report.html");
        assertRefused(CliRun.of("report", treated(), "--data", data(), "--period", "2023-24", "--out",
            report.toString()));
        assertFalse(Files.exists(report), "nothing written");
    }

    @Test
    void aBadGroupsFileIsExitOneNamingItsLineForEveryCommand() throws IOException {
        Path bad = Files.writeString(folder.resolve("clubs.csv"), "group,council\nnorth\n");
        for (List<String> command : List.of(List.of("score"), List.of("audit"),
                List.of("simulate", "--samples", "50", "--seed", "1"),
                List.of("report", "--out", folder.resolve("r.html").toString()))) {
            List<String> args = new ArrayList<>(List.of(command.get(0), treated(), "--data", data(),
                "--period", "2023-24", "--groups", bad.toString()));
            args.addAll(command.subList(1, command.size()));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(1, run.exitCode(), command + ": " + run.err());
            assertTrue(run.err().contains(bad + ":3:") || run.err().contains(bad + ":2:"), command + ": " + run.err());
        }
    }

    @Test
    void withGroupsSimulateAndAuditScoreWhatScoreScores() {
        CliRun score = CliRun.of("score", treated(), "--data", data(), "--period", "2023-24", "--groups", groups(),
            "--format", "csv");
        assertEquals(0, score.exitCode(), score.err());
        Map<String, String> ranks = overallRanks(score.out());
        CliRun simulate = CliRun.of("simulate", treated(), "--data", data(), "--period", "2023-24", "--groups",
            groups(), "--samples", "50", "--seed", "1", "--format", "csv");
        assertEquals(0, simulate.exitCode(), simulate.err());
        assertEquals(ranks, baselineRanks(simulate.out()));

        CliRun audit = CliRun.of("audit", treated(), "--data", data(), "--period", "2023-24", "--groups", groups(),
            "--format", "json");
        assertEquals(0, audit.exitCode(), audit.err());
        JsonObject report = JsonParser.parseString(audit.out()).getAsJsonObject();
        assertEquals(22, report.getAsJsonArray("indicators").size(), "every measure of the sample is audited");
        assertFalse(audit.err().contains("FW-TREAT"), audit.err());
    }

    /**
     * Haringey published no 2B1 for 2021-22: with a linear interpolation of 2B1, {@code simulate} ranks the
     * councils of 2021-22 as {@code score} does, both reading the other years of the file for it.
     */
    @Test
    void simulateReadsTheOtherYearsForATimeSeriesImputationAsScoreDoes() throws IOException {
        Files.copy(Samples.framework("ascof-2019-20.framework"), folder.resolve("ascof-2019-20.framework"));
        Path model = Files.writeString(folder.resolve("interpolated.framework"), Files.readString(
            Samples.framework("ascof-2019-20.framework")).replace("  </schemes>",
                "    <imputations id=\"imp-trend\" indicators=\"2B1 2D\" method=\"linear interpolation\"/>\n"
                    + "  </schemes>"));
        CliRun score = CliRun.of("score", model.toString(), "--data", data(), "--period", "2021-22", "--format",
            "csv");
        assertEquals(0, score.exitCode(), score.err());
        assertTrue(score.out().contains("E09000014,2B1,"), "Haringey's 2B1 is imputed and scored");
        CliRun simulate = CliRun.of("simulate", model.toString(), "--data", data(), "--period", "2021-22",
            "--samples", "20", "--seed", "1", "--format", "csv");
        assertEquals(0, simulate.exitCode(), simulate.err());
        assertEquals(overallRanks(score.out()), baselineRanks(simulate.out()));
    }

    /**
     * With a time-series imputation the data file is read once: a warning about the scored period (a council named
     * two ways in 2021-22) is printed once, and another year's rows of ids the model lacks are no error.
     */
    @Test
    void aTimeSeriesImputationReadsTheFileOnceAndWarnsOnce() throws IOException {
        Path model = Files.writeString(folder.resolve("interpolated.framework"), Files.readString(
            Samples.framework("ascof-2019-20.framework")).replace("  </schemes>",
                "    <imputations id=\"imp-trend\" indicators=\"2B1\" method=\"linear interpolation\"/>\n"
                    + "  </schemes>"));
        Files.copy(Samples.framework("ascof-2019-20.framework"), folder.resolve("ascof-2019-20.framework"));
        Path data = Files.writeString(folder.resolve("data.csv"), """
            council,council_name,id,value,period
            E09000014,Haringey,2B1,62.4,2020-21
            E09000014,Haringey,NEW1,3,2020-21
            E09000014,Haringey,1A,19.1,2021-22
            E09000014,London Borough of Haringey,1B,0.4,2021-22
            E09000014,Haringey,2B1,50.5,2022-23
            E09000002,Barking and Dagenham,1A,18.2,2021-22
            E09000002,Barking and Dagenham,2B1,80,2021-22
            """);
        CliRun run = CliRun.of("score", model.toString(), "--data", data.toString(), "--period", "2021-22",
            "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.startsWith("warning: ")).count(), run.err());
        assertTrue(run.err().contains(data + ":5:"), run.err());
        assertTrue(run.out().contains("E09000014,2B1,"), "Haringey's 2B1 is interpolated and scored: " + run.out());

        // a council of another year only is read for the imputation but not scored in 2021-22: report refuses it
        Files.writeString(data, "E09000099,Elsewhere,2B1,70,2020-21\n", StandardOpenOption.APPEND);
        CliRun report = CliRun.of("report", model.toString(), "--data", data.toString(), "--period", "2021-22",
            "--council", "E09000099", "--out", folder.resolve("r.html").toString());
        assertEquals(1, report.exitCode(), report.err());
        assertTrue(report.err().contains("--council E09000099: no council with this id in"), report.err());
        assertFalse(Files.exists(folder.resolve("r.html")));
    }

    /**
     * {@code report --groups} on the treated sample says how many councils it scored and how many the availability
     * screen left unscored, the councils {@code score --groups} ranks and leaves unranked; the HTML's cards agree.
     */
    @Test
    void reportCountsTheCouncilsTheScreenLeftUnscoredAsScoreLeavesThem() throws IOException {
        CliRun score = CliRun.of("score", treated(), "--data", data(), "--period", "2023-24", "--groups", groups(),
            "--format", "csv");
        assertEquals(0, score.exitCode(), score.err());
        long councils = score.out().lines().filter(l -> l.split(",", -1)[1].equals("overall")).count();
        long ranked = overallRanks(score.out()).size();
        assertTrue(ranked < councils, "the screen leaves councils unscored");
        Path out = folder.resolve("treated.html");
        CliRun report = CliRun.of("report", treated(), "--data", data(), "--period", "2023-24", "--groups", groups(),
            "--out", out.toString());
        assertEquals(0, report.exitCode(), report.err());
        String counted = ranked + " councils scored, " + (councils - ranked) + " not scored (availability screen: "
            + "fewer than 75 % of indicators)";
        assertTrue(report.err().contains("report: wrote " + out + " (" + counted + ")"), report.err());
        String html = Files.readString(out);
        assertTrue(html.contains("<b>" + ranked + "</b>councils scored"), "the cards count the councils scored");
        assertTrue(html.contains("<b>" + (councils - ranked) + "</b>not scored"), "and those not scored");
        assertTrue(html.contains(counted + "."), "and say why");
    }

    /** council -> rank of the overall rows of {@code score --format csv} (council,node,score,rating,rank). */
    private static Map<String, String> overallRanks(String csv) {
        Map<String, String> ranks = new HashMap<>();
        for (String line : csv.split("\\R")) {
            String[] cells = line.split(",", -1);
            if (cells.length == 5 && cells[1].equals("overall") && !cells[4].isEmpty()) {
                ranks.put(cells[0], cells[4]);
            }
        }
        return ranks;
    }

    /** council -> baseline_rank of {@code simulate --format csv}, for the councils ranked. */
    private static Map<String, String> baselineRanks(String csv) {
        Map<String, String> ranks = new HashMap<>();
        for (String line : csv.split("\\R")) {
            String[] cells = line.split(",", -1);
            if (cells.length > 2 && !cells[0].equals("council") && !cells[2].isEmpty()) {
                ranks.put(cells[0], cells[2]);
            }
        }
        return ranks;
    }
}
