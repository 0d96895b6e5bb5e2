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
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code framewright audit}: the JSON contract on the real ASCOF 2023-24 data, the other formats, bad input. */
class AuditCommandTest {

    private static final String ASCOF = Samples.framework("ascof-2023-24.framework").toString();
    private static String trendData;
    /** measure -> values of the 2023-24 council rows, read here from the CSV. */
    private static final Map<String, List<Double>> VALUES = new HashMap<>();

    @BeforeAll
    static void readTheData() throws IOException {
        trendData = SharedData.file("ascof/trend_data.csv").toString();
        try (Reader reader = Files.newBufferedReader(Path.of(trendData), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (row.get("Year").equals("2023-24") && row.get("Geographical Level").equals("Council")) {
                    VALUES.computeIfAbsent(row.get("Measure Group"), k -> new ArrayList<>())
                        .add(Double.valueOf(row.get("Measure_Value")));
                }
            }
        }
    }

    @Test
    void jsonHasOneObjectPerIndicatorWithItsStatisticsByName() {
        CliRun run = CliRun.of("audit", ASCOF, "--data", trendData, "--period", "2023-24", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("2023-24", json.get("period").getAsString());
        assertEquals(153, json.get("councils").getAsInt());
        JsonArray indicators = json.getAsJsonArray("indicators");
        Set<String> ids = new HashSet<>();
        for (JsonElement element : indicators) {
            JsonObject indicator = element.getAsJsonObject();
            String id = indicator.get("indicator").getAsString();
            ids.add(id);
            double[] x = VALUES.get(id).stream().mapToDouble(Double::doubleValue).toArray();
            int n = x.length;
            double mean = Arrays.stream(x).average().orElseThrow();
            double s = Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (n - 1));
            double skew = n / ((n - 1.0) * (n - 2)) * Arrays.stream(x).map(v -> Math.pow((v - mean) / s, 3)).sum();
            double kurt = n * (n + 1.0) / ((n - 1.0) * (n - 2) * (n - 3))
                * Arrays.stream(x).map(v -> Math.pow((v - mean) / s, 4)).sum() - 3.0 * (n - 1) * (n - 1) / ((n - 2.0) * (n - 3));
            assertEquals(n, indicator.get("available").getAsInt(), id);
            assertEquals(mean, indicator.get("mean").getAsDouble(), 1e-6, id);
            assertEquals(Arrays.stream(x).min().orElseThrow(), indicator.get("min").getAsDouble(), 1e-6, id);
            assertEquals(Arrays.stream(x).max().orElseThrow(), indicator.get("max").getAsDouble(), 1e-6, id);
            assertEquals(skew, indicator.get("skewness").getAsDouble(), 1e-6, id);
            assertEquals(kurt, indicator.get("kurtosis").getAsDouble(), 1e-6, id);
            for (String name : List.of("median", "availability", "correlationWithArea", "correlationWithOverall",
                    "leaveOneOutMedianRankShift", "leaveOneOutMaxRankShift", "outliers", "collinearWith",
                    "negativelyCorrelatedWithArea", "skewKurtosisOutlier", "pearson", "spearman", "area")) {
                assertTrue(indicator.has(name), id + " has no " + name);
            }
            assertEquals(VALUES.size() - 1, indicator.getAsJsonObject("pearson").size(), id);
        }
        assertEquals(VALUES.keySet(), ids);
        JsonObject area1 = json.getAsJsonArray("areas").get(0).getAsJsonObject();
        assertEquals("1", area1.get("area").getAsString());
        assertTrue(area1.get("cronbachAlpha").isJsonPrimitive(), area1.toString());
        assertTrue(area1.get("firstComponentShare").getAsDouble() > 0.2, area1.toString());
        // outcome area 4 has one measure: alpha and PCA are undefined, written as null
        JsonObject area4 = json.getAsJsonArray("areas").get(3).getAsJsonObject();
        assertTrue(area4.get("cronbachAlpha").isJsonNull(), area4.toString());
    }

    @Test
    void theTableListsEveryIndicatorAndArea() {
        CliRun run = CliRun.of("audit", ASCOF, "--data", trendData, "--period", "2023-24");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Statistical audit of ascof-2023-24 / composite-minmax, period 2023-24: 153"),
            lines.get(0));
        int header = lines.indexOf("Indicators") + 1;
        assertTrue(lines.get(header).matches("Indicator\\s+Area\\s+N\\s+Avail%\\s+Mean\\s+Median.*LOO max\\s+Flags"),
            lines.get(header));
        for (String id : VALUES.keySet()) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(id + " ")), id + " missing in\n" + run.out());
        }
        assertTrue(lines.contains("Areas"), run.out());
        assertTrue(run.out().contains("Pearson correlations of the indicators' scores"), run.out());
    }

    @Test
    void htmlGoesToTheFileWithTablesAndTheHeatmap(@TempDir Path folder) throws IOException {
        Path out = folder.resolve("audit.html");
        CliRun run = CliRun.of("audit", ASCOF, "--data", trendData, "--period", "2023-24", "--format", "html", "--out",
            out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        String html = Files.readString(out);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heatmap\""), html);
        int heatmap = html.indexOf("class=\"heatmap\"");
        assertEquals(VALUES.size() * VALUES.size(), html.substring(heatmap, html.indexOf("</svg>", heatmap))
            .split("<rect ", -1).length - 1, "one square per pair");
        assertTrue(html.contains("<th>Spearman</th>"), html);
    }

    @Test
    void missingDataOptionIsAUsageError() {
        CliRun run = CliRun.of("audit", ASCOF);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--data"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void anUnknownFormatIsRefused() {
        CliRun run = CliRun.of("audit", ASCOF, "--data", trendData, "--format", "csv");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("csv") && run.err().contains("table"), run.err());
    }

    @Test
    void aMissingDataFileIsNamed(@TempDir Path folder) {
        String missing = folder.resolve("nope.csv").toString();
        CliRun run = CliRun.of("audit", ASCOF, "--data", missing);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("nope.csv"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void aBadValueIsReportedByFileAndLine(@TempDir Path folder) throws IOException {
        Path data = folder.resolve("bad.csv");
        Files.writeString(data, "council,council_name,period,id,group,category,value\n"
            + "E06000001,Hartlepool,2023-24,1A,,,19.1\nE06000002,Middlesbrough,2023-24,1A,,,nineteen\n");
        CliRun run = CliRun.of("audit", ASCOF, "--data", data.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("bad.csv:3"), run.err());
        assertEquals("", run.out());
        assertNoStackTrace(run);
    }

    @Test
    void anUnknownPeriodIsNamed() {
        CliRun run = CliRun.of("audit", ASCOF, "--data", trendData, "--period", "1999-00");
        assertTrue(run.exitCode() != 0);
        assertTrue(run.err().contains("1999-00"), run.err());
        assertEquals("", run.out());
        assertNoStackTrace(run);
    }

    @Test
    void aSchemeWithoutIndicatorsHasNothingToAudit() {
        CliRun run = CliRun.of("audit", Samples.framework("cqc-la-2023.framework").toString(), "--data",
            Samples.data("cqc-la-2023-councils.csv").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("no indicator of framework"), run.err());
        assertNoStackTrace(run);
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }
}
