package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.Polarity;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code framewright trend ASCOF-2023-24 --earlier ASCOF-2019-20} on the real ASCOF results 2017-18 .. 2023-24: each
 * year is scored with the framework of its time, every year's scores equal {@code score --period P} with that
 * framework, and ranks of a few councils recomputed here from the raw rows (min-max per measure, mean per area, mean
 * of the areas) agree on both sides of the 2023 change.
 */
class TrendEarlierCommandTest {

    private static final String OLD = Samples.framework("ascof-2019-20.framework").toString();
    private static final String NEW = Samples.framework("ascof-2023-24.framework").toString();
    private static final List<String> COUNCILS = List.of("E09000002", "E10000014", "E06000052", "E08000025");
    private static String data;
    private static CliRun run;
    private static List<String> lines;

    @BeforeAll
    static void run() {
        data = SharedData.file("ascof/trend_data.csv").toString();
        run = CliRun.of("trend", NEW, "--earlier", OLD, "--data", data, "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        lines = run.out().lines().toList();
    }

    @Test
    void everyYearIsScoredWithItsFrameworkAsScoreDoes() {
        assertEquals("council,period,score,rating,rank,rank_change", lines.get(0));
        Map<String, String> modelOf = new LinkedHashMap<>();
        for (String period : List.of("2017-18", "2018-19", "2019-20", "2020-21", "2021-22", "2022-23")) {
            modelOf.put(period, OLD);
        }
        modelOf.put("2023-24", NEW);
        assertEquals(List.copyOf(modelOf.keySet()), lines.stream().skip(1).map(l -> l.split(",", -1)[1]).distinct()
            .toList());
        Map<String, String> previousRank = null;
        for (Map.Entry<String, String> entry : modelOf.entrySet()) {
            String period = entry.getKey();
            CliRun score = CliRun.of("score", entry.getValue(), "--data", data, "--period", period, "--format", "csv");
            assertEquals(0, score.exitCode(), score.err());
            List<String> overall = score.out().lines().filter(l -> l.contains(",overall,")).toList();
            assertEquals(overall.size(), lines.stream().filter(l -> l.split(",", -1)[1].equals(period)).count(), period);
            Map<String, String> ranks = new HashMap<>();
            for (String row : overall) {
                String[] c = row.split(",", -1);
                ranks.put(c[0], c[4]);
                String[] t = trendRow(c[0], period);
                assertEquals(List.of(c[2], c[3], c[4]), List.of(t[2], t[3], t[4]), c[0] + " " + period);
                String before = previousRank == null ? null : previousRank.get(c[0]);
                String change = before == null || before.isEmpty() || c[4].isEmpty() ? ""
                    : Integer.toString(Integer.parseInt(before) - Integer.parseInt(c[4]));
                assertEquals(change, t[5], "rank change of " + c[0] + " in " + period + ", across the break too");
            }
            previousRank = ranks;
        }
    }

    @Test
    void ranksRecomputedFromTheRawRowsAgreeOnBothSidesOfTheChange() throws IOException {
        Map<String, Integer> old = ranks(FrameworkFiles.loadFramework(Path.of(OLD)), "2018-19");
        Map<String, Integer> current = ranks(FrameworkFiles.loadFramework(Path.of(NEW)), "2023-24");
        for (String council : COUNCILS) {
            assertEquals(old.get(council).toString(), trendRow(council, "2018-19")[4], council + " 2018-19");
            assertEquals(current.get(council).toString(), trendRow(council, "2023-24")[4], council + " 2023-24");
        }
    }

    @Test
    void theTableSaysWhichFrameworkScoredEachYear() {
        CliRun table = CliRun.of("trend", NEW, "--earlier", OLD, "--data", data);
        assertEquals(0, table.exitCode(), table.err());
        List<String> marks = table.out().lines().filter(l -> l.startsWith("---")).toList();
        assertEquals(List.of("--- 2017-18 to 2022-23 scored with ascof-2019-20 ---",
            "--- framework break before 2023-24: 2023-24 scored with ascof-2023-24 (up to 2022-23: ascof-2019-20);"
                + " compare ranks, not scores ---"), marks);
        assertTrue(table.err().contains("note: framework break before 2023-24: 2023-24 scored with ascof-2023-24"),
            table.err());
        // each year is scored on its own framework's ids: no year has ids its framework does not know
        assertFalse(table.err().contains("that are not indicators of"), table.err());
    }

    @Test
    void anUnreadableEarlierModelIsExit1NamingIt(@TempDir Path folder) throws IOException {
        Path broken = folder.resolve("broken.framework");
        Files.writeString(broken, "<fw:Framework id=\"x\"");
        CliRun bad = CliRun.of("trend", NEW, "--earlier", broken.toString(), "--data", data);
        assertEquals(1, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("--earlier " + broken + ": "), bad.err());
        assertFalse(bad.err().contains("Exception"), bad.err());
        assertEquals("", bad.out());
    }

    private static String[] trendRow(String council, String period) {
        return lines.stream().filter(l -> l.startsWith(council + "," + period + ",")).findFirst()
            .orElseThrow(() -> new AssertionError("no trend row for " + council + " " + period)).split(",", -1);
    }

    /**
     * The composite-minmax ranks of the period's councils, worked from the raw rows: each measure of the framework
     * min-max to 0-100 over the councils with a value (turned round for lower is better), an area the mean of its
     * measures with a value, the overall the mean of the scored areas, rank 1 + the number of higher scores.
     */
    private static Map<String, Integer> ranks(Framework framework, String period) throws IOException {
        Map<String, Map<String, Double>> values = new HashMap<>(); // measure -> council -> value
        try (Reader reader = Files.newBufferedReader(Path.of(data), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (row.get("Year").equals(period) && row.get("Geographical Level").equals("Council")
                        && !row.get("Measure_Value").isBlank()) {
                    values.computeIfAbsent(row.get("Measure Group"), k -> new HashMap<>())
                        .put(row.get("ONS Code"), Double.valueOf(row.get("Measure_Value")));
                }
            }
        }
        Map<String, List<Double>> areaScores = new HashMap<>();
        for (Area area : framework.getAreas()) {
            Map<String, List<Double>> scores = new HashMap<>();
            for (Indicator indicator : area.getIndicators()) {
                Map<String, Double> byCouncil = values.getOrDefault(indicator.getId(), Map.of());
                double min = byCouncil.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
                double max = byCouncil.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
                byCouncil.forEach((council, v) -> scores.computeIfAbsent(council, k -> new ArrayList<>()).add(
                    indicator.getPolarity() == Polarity.LOWER_IS_BETTER ? (max - v) / (max - min) * 100
                        : (v - min) / (max - min) * 100));
            }
            scores.forEach((council, s) -> areaScores.computeIfAbsent(council, k -> new ArrayList<>())
                .add(s.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
        }
        Map<String, Double> overall = new HashMap<>();
        areaScores.forEach((council, s) -> overall.put(council, s.stream().mapToDouble(Double::doubleValue).average()
            .orElseThrow()));
        Map<String, Integer> ranks = new HashMap<>();
        overall.forEach((council, score) -> ranks.put(council,
            1 + (int) overall.values().stream().filter(other -> other > score + 1e-9).count()));
        return ranks;
    }
}
