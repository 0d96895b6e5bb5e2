package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code framewright benchmark} on the real 2023-24 ASCOF results with Oflog's nearest-neighbour groups
 * (shared/data, read in place): every number recomputed here from the raw rows and NN.json.
 */
class BenchmarkCommandTest {

    private static final String MODEL = Samples.framework("ascof-2023-24.framework").toString();
    private static String data;
    private static String groups;
    private static JsonObject nn;
    /** measure -> council -> value, 2023-24 councils. */
    private static final Map<String, Map<String, Double>> VALUES = new HashMap<>();
    private static final Map<String, Boolean> LOWER_IS_BETTER = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        data = SharedData.file("ascof/trend_data.csv").toString();
        groups = SharedData.file("oflog/NN.json").toString();
        nn = JsonParser.parseString(Files.readString(Path.of(groups))).getAsJsonObject();
        try (Reader reader = Files.newBufferedReader(Path.of(data), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (row.get("Year").equals("2023-24") && row.get("Geographical Level").equals("Council")
                    && !row.get("Measure_Value").isBlank()) {
                    VALUES.computeIfAbsent(row.get("Measure Group"), k -> new HashMap<>()).put(row.get("ONS Code"),
                        Double.valueOf(row.get("Measure_Value")));
                }
            }
        }
        String model = Files.readString(Path.of(MODEL));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<indicators id=\"([^\"]+)\"[^>]*?polarity=\"([^\"]+)\"")
            .matcher(model);
        while (m.find()) {
            LOWER_IS_BETTER.put(m.group(1), m.group(2).equals("lower is better"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"E06000062", "E09000002", "E08000025", "E10000014"})
    void nearestNeighbourStatisticsAsRecomputed(String council) {
        CliRun run = CliRun.of("benchmark", MODEL, "--data", data, "--council", council, "--groups", groups,
            "--period", "2023-24", "--format", "csv");
        List<String> group = new ArrayList<>();
        nn.getAsJsonArray(council).forEach(c -> group.add(c.getAsString()));
        assertRecomputed(council, group, run);
    }

    @ParameterizedTest
    @ValueSource(strings = {"E06000062", "E09000002", "E08000025", "E10000014", "E06000063"})
    void regionalStatisticsAsRecomputedFromTheOnsCodesList(String council) throws IOException {
        // the oracle's regions: the ONS codes list published with the ASCOF data, read here with commons-csv
        Map<String, List<String>> regions = new HashMap<>();
        Map<String, String> regionOf = new HashMap<>();
        Path codes = SharedData.file("ascof/ons_codes.csv");
        try (Reader reader = Files.newBufferedReader(codes, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (!row.get("Council type").isBlank()) {
                    regions.computeIfAbsent(row.get("Council region"), k -> new ArrayList<>()).add(row.get("ONS Area Code"));
                    regionOf.put(row.get("ONS Area Code"), row.get("Council region"));
                }
            }
        }
        CliRun run = CliRun.of("benchmark", MODEL, "--data", data, "--council", council, "--groups", codes.toString(),
            "--group", "region", "--period", "2023-24", "--format", "csv");
        List<String> region = regions.get(regionOf.get(council));
        assertRecomputed(council, region, run);
        // the same region named
        CliRun named = CliRun.of("benchmark", MODEL, "--data", data, "--council", council, "--groups",
            codes.toString(), "--group", regionOf.get(council), "--period", "2023-24", "--format", "csv");
        assertEquals(run.out(), named.out());
    }

    @Test
    void anUnknownGroupNameIsRefusedNamingTheGroupsThere() {
        String codes = SharedData.file("ascof/ons_codes.csv").toString();
        CliRun run = CliRun.of("benchmark", MODEL, "--data", data, "--council", "E06000062", "--groups", codes,
            "--group", "Midlands", "--period", "2023-24");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("ons_codes.csv has no group 'Midlands'; its groups: North East, North West,"),
            run.err());
        assertEquals("", run.out());
        CliRun nearest = CliRun.of("benchmark", MODEL, "--data", data, "--council", "E06000062", "--groups", groups,
            "--group", "Midlands", "--period", "2023-24");
        assertEquals(1, nearest.exitCode(), nearest.err());
        assertTrue(nearest.err().contains("NN.json has no group 'Midlands'; its groups are named by their council's code"),
            nearest.err());
    }

    private static void assertRecomputed(String council, List<String> group, CliRun run) {
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("council,indicator,value,group_size,group_median,group_q1,group_q3,rank_in_group,robust_z",
            lines.get(0));
        assertTrue(lines.size() > 15, run.out());
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals(council, cells[0], line);
            Map<String, Double> byCouncil = VALUES.get(cells[1]);
            assertNotNull(byCouncil, line);
            List<Double> values = new ArrayList<>();
            group.forEach(c -> {
                Double v = byCouncil.get(c);
                if (v != null) {
                    values.add(v);
                }
            });
            values.sort(null);
            int n = values.size();
            assertEquals(Integer.toString(n), cells[3], line);
            double median = n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
            assertClose(median, cells[4], line);
            assertClose(type7(values, 0.25), cells[5], line);
            assertClose(type7(values, 0.75), cells[6], line);
            Double own = byCouncil.get(council);
            assertClose(own, cells[2], line);
            boolean lower = LOWER_IS_BETTER.getOrDefault(cells[1], false);
            long better = values.stream().filter(v -> lower ? v < own : v > own).count();
            assertEquals(Long.toString(better + 1), cells[7], line);
            List<Double> deviations = new ArrayList<>(values.stream().map(v -> Math.abs(v - median)).toList());
            deviations.sort(null);
            double mad = n % 2 == 1 ? deviations.get(n / 2) : (deviations.get(n / 2 - 1) + deviations.get(n / 2)) / 2;
            if (mad == 0) {
                assertEquals("", cells[8], line);
            } else {
                assertClose((own - median) / mad, cells[8], line);
            }
        }
    }

    @Test
    void aNamedClubFromCsvWorkedByHand(@TempDir Path folder) throws IOException {
        // 2A (lower is better) 2023-24: Barking and Dagenham, Barnet, Bexley
        Path clubs = folder.resolve("clubs.csv");
        Files.writeString(clubs, "group,council\nLondon three,E09000002\nLondon three,E09000003\nLondon three,E09000004\n");
        CliRun run = CliRun.of("benchmark", MODEL, "--data", data, "--council", "E09000002", "--groups",
            clubs.toString(), "--group", "London three", "--period", "2023-24", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        String row = run.out().lines().filter(l -> l.startsWith("E09000002,2A,")).findFirst().orElseThrow();
        List<Double> three = new ArrayList<>(List.of(VALUES.get("2A").get("E09000002"), VALUES.get("2A").get("E09000003"),
            VALUES.get("2A").get("E09000004")));
        three.sort(null);
        String[] cells = row.split(",", -1);
        assertEquals("3", cells[3]);
        assertClose(three.get(1), cells[4], row);
        assertClose((three.get(0) + three.get(1)) / 2, cells[5], row);
    }

    @Test
    void aGroupNamingAnUnknownCouncilIsAnErrorAtItsLine(@TempDir Path folder) throws IOException {
        Path clubs = folder.resolve("clubs.csv");
        Files.writeString(clubs, "group,council\nClub,E09000002\nClub,E06999999\nClub,Barnet\n");
        CliRun run = CliRun.of("benchmark", MODEL, "--data", data, "--council", "E09000002", "--groups",
            clubs.toString(), "--group", "Club", "--period", "2023-24");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("clubs.csv:3:2: column 'council': E06999999 in group 'Club' is not a council of the data file"),
            run.err());
        assertTrue(run.err().contains("clubs.csv:4:2: column 'council': 'Barnet' in group 'Club' is not a council's ONS code"),
            run.err());
        assertEquals("", run.out());
    }

    @Test
    void missingGroupsAndSeveralPeriodsAreUsageErrors() {
        CliRun none = CliRun.of("benchmark", MODEL, "--data", data, "--council", "E09000002");
        assertEquals(2, none.exitCode());
        CliRun periods = CliRun.of("benchmark", MODEL, "--data", data, "--council", "E09000002", "--groups", groups);
        assertEquals(2, periods.exitCode());
        assertTrue(periods.err().contains("choose one with --period"), periods.err());
    }

    @Test
    void aCouncilWithoutAGroupOrRegionIsRefused() {
        // Cumberland (E06000063, formed 2023) has no group in Oflog's file
        CliRun none = CliRun.of("benchmark", MODEL, "--data", data, "--council", "E06000063", "--groups", groups,
            "--period", "2023-24");
        assertEquals(1, none.exitCode(), none.err());
        assertTrue(none.err().contains("NN.json has no group for council E06000063"), none.err());
        // the ASCOF open data carry no region per council, nor does NN.json: the message says where regions come from
        for (List<String> where : List.of(List.<String>of(), List.of("--groups", groups))) {
            List<String> args = new ArrayList<>(List.of("benchmark", MODEL, "--data", data, "--council", "E09000002",
                "--group", "region", "--period", "2023-24"));
            args.addAll(where);
            CliRun region = CliRun.of(args.toArray(String[]::new));
            assertEquals(1, region.exitCode(), region.err());
            assertTrue(region.err().contains("--group region: the data gives no region for E09000002; give the ONS codes"
                + " list with each council's region"), region.err());
        }
    }

    private static double type7(List<Double> sorted, double p) {
        double position = 1 + (sorted.size() - 1) * p; // 1-based
        int below = (int) position;
        double fraction = position - below;
        double low = sorted.get(below - 1);
        double high = below < sorted.size() ? sorted.get(below) : low;
        return low + fraction * (high - low);
    }

    private static void assertClose(double expected, String actual, String line) {
        assertEquals(BigDecimal.valueOf(expected).setScale(6, RoundingMode.HALF_UP).doubleValue(),
            Double.parseDouble(actual), 1.5e-6, line);
    }
}
