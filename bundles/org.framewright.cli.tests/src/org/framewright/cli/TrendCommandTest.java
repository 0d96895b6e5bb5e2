package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code framewright trend} on the real ASCOF results 2017-18 .. 2023-24 under ASCOF 2019-20 (and 2023-24): each
 * period's scores and ranks equal {@code score --period P}, the rank change is the previous rank minus this one, and
 * the 2023 change of framework is marked.
 */
class TrendCommandTest {

    private static final String MODEL = Samples.framework("ascof-2019-20.framework").toString();
    private static String data;
    private static List<String> lines;

    @BeforeAll
    static void run() {
        data = SharedData.file("ascof/trend_data.csv").toString();
        CliRun run = CliRun.of("trend", MODEL, "--data", data, "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        lines = run.out().lines().toList();
    }

    @Test
    void theContractsColumnsAndPeriodsInOrder() {
        assertEquals("council,period,score,rating,rank,rank_change", lines.get(0));
        List<String> periods = lines.stream().skip(1).map(l -> l.split(",", -1)[1]).distinct().toList();
        assertEquals(periods.stream().sorted().toList(), periods);
        assertTrue(periods.containsAll(List.of("2017-18", "2018-19", "2022-23")), periods.toString());
        assertTrue(lines.stream().skip(1).filter(l -> l.split(",", -1)[1].equals(periods.get(0)))
            .allMatch(l -> l.endsWith(",")), "no rank change in the first period");
        // West Northamptonshire was formed in April 2021: its first row is 2021-22, without a rank change
        List<String> westNorthants = lines.stream().filter(l -> l.startsWith("E06000062,")).toList();
        assertEquals("2021-22", westNorthants.get(0).split(",", -1)[1]);
        assertTrue(westNorthants.get(0).endsWith(","), westNorthants.get(0));
    }

    @Test
    void everyPeriodEqualsScoreForThatPeriod() {
        // every period whose data are on ASCOF 2019-20 (score --period 2023-24 refuses the new framework's ids)
        assertEveryPeriodAsScored(MODEL, lines, List.of("2017-18", "2018-19", "2019-20", "2020-21", "2021-22",
            "2022-23"));
    }

    @Test
    void underAscof2023ThePeriodAfterTheBreakEqualsScoreToo() {
        String model = Samples.framework("ascof-2023-24.framework").toString();
        CliRun run = CliRun.of("trend", model, "--data", data, "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = run.out().lines().toList();
        assertEveryPeriodAsScored(model, rows, List.of("2023-24"));
        // under the new framework the break is the same, seen from the other side
        assertTrue(run.err().contains("note: framework break before 2023-24: its data hold only indicators of"
            + " ascof-2023-24; 2022-23 held 16 id(s) (1C1A, 1C1B, 1C2A, ...)"), run.err());
    }

    @Test
    void theChangeOfFrameworkIsMarkedBeforeTheFirstPeriodAfterIt() {
        String note = "framework break before 2023-24: its data hold 10 id(s) that are not indicators of ascof-2019-20"
            + " (2D1, 2D2, 3C1, ...); 2022-23 held none";
        CliRun table = CliRun.of("trend", MODEL, "--data", data);
        assertEquals(0, table.exitCode(), table.err());
        List<String> out = table.out().lines().toList();
        int mark = out.indexOf("--- " + note + " ---");
        assertTrue(mark > 1, table.out().substring(0, 400));
        assertTrue(out.get(mark - 1).contains(" 2022-23 "), out.get(mark - 1));
        assertTrue(out.get(mark + 1).contains(" 2023-24 "), out.get(mark + 1));
        assertEquals(1, out.stream().filter(l -> l.startsWith("---")).count(), "one break in seven years");
        assertTrue(table.err().contains("note: " + note), table.err());
        CliRun html = CliRun.of("trend", MODEL, "--data", data, "--format", "html");
        assertEquals(0, html.exitCode(), html.err());
        String page = html.out();
        int row = page.indexOf("<tr class=\"break\"><td colspan=\"6\">" + note + "</td></tr>");
        assertTrue(row > 0, "the break as a row of the page");
        assertTrue(page.lastIndexOf("<td>2022-23</td>") < row && page.indexOf("<td>2023-24</td>") > row);
        // the CSV keeps its contract's columns: the break goes to standard error only
        assertTrue(lines.stream().allMatch(l -> l.split(",", -1).length == 6));
    }

    @Test
    void aPeriodOutsideTheFrequencyIsAnErrorAtItsLine(@TempDir Path folder) throws IOException {
        Path bad = folder.resolve("years.csv");
        Files.writeString(bad, "council,council_name,period,id,group,category,value\n"
            + "E06000062,West Northamptonshire,2022-23,1A,,,19.4\n"
            + "E06000062,West Northamptonshire,2023-09,1A,,,19.5\n");
        CliRun run = CliRun.of("trend", MODEL, "--data", bad.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(bad + ":3:3: column 'period': '2023-09' is not a period of"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
    }

    private static void assertEveryPeriodAsScored(String model, List<String> lines, List<String> periods) {
        Map<String, String> previousRank = null;
        for (String period : periods) {
            CliRun score = CliRun.of("score", model, "--data", data, "--period", period, "--format", "csv");
            assertEquals(0, score.exitCode(), score.err());
            Map<String, String> ranks = new HashMap<>();
            List<String> overall = score.out().lines().filter(l -> l.contains(",overall,")).toList();
            assertEquals(overall.size(), lines.stream().filter(l -> l.split(",", -1)[1].equals(period)).count(),
                "the same councils as score --period " + period);
            for (String row : overall) {
                String[] c = row.split(",", -1);
                ranks.put(c[0], c[4]);
                String trend = lines.stream().filter(l -> l.startsWith(c[0] + "," + period + ",")).findFirst()
                    .orElseThrow(() -> new AssertionError("no trend row for " + c[0] + " " + period));
                String[] t = trend.split(",", -1);
                assertEquals(c[2], t[2], trend);
                assertEquals(c[3], t[3], trend);
                assertEquals(c[4], t[4], trend);
                String before = previousRank == null ? null : previousRank.get(c[0]);
                String change = before == null || before.isEmpty() || c[4].isEmpty() ? ""
                    : Integer.toString(Integer.parseInt(before) - Integer.parseInt(c[4]));
                if (previousRank != null) {
                    assertEquals(change, t[5], trend);
                }
            }
            previousRank = ranks;
        }
    }
}
