package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code framewright trend} on the real ASCOF results 2017-18 .. 2022-23 under ASCOF 2019-20: each period's
 * scores and ranks equal {@code score --period P}, and the rank change is the previous rank minus this one.
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
        Map<String, String> previousRank = new HashMap<>();
        for (String period : List.of("2017-18", "2018-19", "2019-20")) {
            CliRun score = CliRun.of("score", MODEL, "--data", data, "--period", period, "--format", "csv");
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
                String before = previousRank.get(c[0]);
                String change = before == null || before.isEmpty() || c[4].isEmpty() ? ""
                    : Integer.toString(Integer.parseInt(before) - Integer.parseInt(c[4]));
                if (!period.equals("2017-18")) {
                    assertEquals(change, t[5], trend);
                }
            }
            previousRank = ranks;
        }
    }
}
