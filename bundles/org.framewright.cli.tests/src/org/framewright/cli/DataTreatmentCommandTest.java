package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The sample {@code ascof-2023-24-treated.framework} through {@code score} on the real 2023-24 ASCOF data with
 * Oflog's nearest neighbours: denomination, imputation from the neighbours (checked against the median computed here
 * from the published files), the availability screen; and the refusals: no groups for a comparator imputation, a
 * denominator column the data lacks (exit 1, the rule's words), a screen validation rejects.
 */
class DataTreatmentCommandTest {

    private static final String SAMPLE = "ascof-2023-24-treated.framework";

    @TempDir
    Path folder;

    private static String data() {
        return SharedData.file("ascof/trend_data.csv").toString();
    }

    private static String groups() {
        return SharedData.file("oflog/NN.json").toString();
    }

    private static JsonObject node(JsonObject scored, String council, String node) {
        for (var c : scored.getAsJsonArray("councils")) {
            if (c.getAsJsonObject().get("council").getAsString().equals(council)) {
                for (var n : c.getAsJsonObject().getAsJsonArray("nodes")) {
                    if (n.getAsJsonObject().get("node").getAsString().equals(node)) {
                        return n.getAsJsonObject();
                    }
                }
            }
        }
        throw new AssertionError("no node " + node + " of " + council);
    }

    private static List<String> strings(JsonArray array) {
        List<String> strings = new ArrayList<>();
        array.forEach(e -> strings.add(e.getAsString()));
        return strings;
    }

    /** The published 2023-24 values of a measure by council, read here with commons-csv. */
    private static Map<String, Double> published(String measure) throws IOException {
        return published("2023-24", measure);
    }

    /** The published values of a measure in a year by council. */
    private static Map<String, Double> published(String year, String measure) throws IOException {
        Map<String, Double> values = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(Path.of(data()), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                if (row.get(0).equals(year) && row.get(3).equals(measure) && row.get(6).equals("Council")
                        && !row.get(5).isBlank()) {
                    values.put(row.get(2), Double.valueOf(row.get(5)));
                }
            }
        }
        return values;
    }

    @Test
    void treatsTheRealDataAndSaysWhatItDidPerCouncil() throws IOException {
        CliRun run = CliRun.of("score", Samples.framework(SAMPLE).toString(), "--data", data(), "--period", "2023-24",
            "--groups", groups(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject scored = JsonParser.parseString(run.out()).getAsJsonObject();
        List<String> notes = strings(scored.getAsJsonArray("notes"));
        assertTrue(notes.contains("availability screen screen-75 (75 % of 22 indicators): 3 council(s) unscored: "
            + "E06000066 (15 of 22), E06000053 (9 of 22), E09000012 (12 of 22)"), notes.toString());

        // Walsall publishes no 3D1B or 3D2B: its 3D2B is the median of its 15 neighbours' 3D2B / 3D1B x 100
        Map<String, Double> dp = published("3D2B");
        Map<String, Double> sds = published("3D1B");
        List<BigDecimal> neighbours = new ArrayList<>();
        for (var member : JsonParser.parseString(Files.readString(Path.of(groups()))).getAsJsonObject()
                .getAsJsonArray("E08000030")) {
            String id = member.getAsString();
            if (!id.equals("E08000030") && dp.get(id) != null && sds.get(id) != null && sds.get(id) != 0) {
                neighbours.add(BigDecimal.valueOf(dp.get(id)).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(sds.get(id)), MathContext.DECIMAL128));
            }
        }
        neighbours.sort(null);
        int n = neighbours.size();
        double median = (n % 2 == 1 ? neighbours.get(n / 2)
            : neighbours.get(n / 2 - 1).add(neighbours.get(n / 2)).divide(BigDecimal.valueOf(2))).doubleValue();
        JsonObject walsall = node(scored, "E08000030", "3D2B");
        assertEquals(List.of("imputed (imp-nn): comparator-group median of " + n + " councils -> "
            + new BigDecimal(Double.toString(median)).stripTrailingZeros().toPlainString()),
            strings(walsall.getAsJsonArray("notes")));
        assertEquals(List.of("no value in the data", "imputed (imp-nn): comparator-group median of " + n
            + " councils -> " + new BigDecimal(Double.toString(median)).stripTrailingZeros().toPlainString()),
            strings(walsall.getAsJsonArray("explanation")).subList(0, 2));

        // Northumberland's 3D2A is its direct payments over its self-directed support
        double expected = published("3D2A").get("E06000057") * 100 / published("3D1A").get("E06000057");
        JsonObject northumberland = node(scored, "E06000057", "3D2A");
        String note = strings(northumberland.getAsJsonArray("notes")).get(0);
        assertTrue(note.startsWith("denominated (d-3D2A): " + published("3D2A").get("E06000057").toString()
            .replaceAll("\\.0$", "") + " / "), note);
        assertEquals(expected, northumberland.getAsJsonArray("inputs").get(0).getAsJsonObject().get("value")
            .getAsDouble(), 1e-6);

        JsonObject scilly = node(scored, "E06000053", "overall");
        assertTrue(scilly.get("score").isJsonNull());
        assertEquals(List.of("unscored: 9 of 22 indicators (40.909091 %) below the 75 % availability screen"),
            strings(scilly.getAsJsonArray("notes")));
    }

    /**
     * Haringey (E09000014) published no 2B1 for 2021-22: ASCOF 2019-20 with a linear interpolation of 2B1 reads the
     * whole file and fills it halfway between its 2020-21 and 2022-23 values; councils of other years only (e.g.
     * Somerset, new in 2023) are not listed.
     */
    @Test
    void aTimeSeriesImputationReadsTheOtherYearsOfTheFile() throws IOException {
        Files.copy(Samples.framework("ascof-2019-20.framework"), folder.resolve("ascof-2019-20.framework"));
        Path model = Files.writeString(folder.resolve("interpolated.framework"), Files.readString(
            Samples.framework("ascof-2019-20.framework")).replace("  </schemes>",
                "    <imputations id=\"imp-trend\" indicators=\"2B1 2D\" method=\"linear interpolation\"/>\n"
                    + "  </schemes>"));
        CliRun run = CliRun.of("score", model.toString(), "--data", data(), "--period", "2021-22", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject scored = JsonParser.parseString(run.out()).getAsJsonObject();
        double before = published("2020-21", "2B1").get("E09000014");
        double after = published("2022-23", "2B1").get("E09000014");
        assertEquals(null, published("2021-22", "2B1").get("E09000014"));
        JsonObject haringey = node(scored, "E09000014", "2B1");
        assertEquals(List.of("imputed (imp-trend): linear interpolation between 2020-21 (" + text(before)
            + ") and 2022-23 (" + text(after) + ") -> " + text((before + after) / 2)),
            strings(haringey.getAsJsonArray("notes")));
        assertEquals(councilsWithARow("2021-22"), scored.getAsJsonArray("councils").size(),
            "the councils with a row in 2021-22 are scored, not those of other years only");
    }

    /** How many councils have a row (with or without a value) in the year. */
    private static int councilsWithARow(String year) throws IOException {
        Set<String> councils = new HashSet<>();
        try (Reader reader = Files.newBufferedReader(Path.of(data()), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                if (row.get(0).equals(year) && row.get(6).equals("Council")) {
                    councils.add(row.get(2));
                }
            }
        }
        return councils.size();
    }

    private static String text(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    @Test
    void aComparatorImputationWithoutGroupsIsExitOneNamingTheRule() {
        CliRun run = CliRun.of("score", Samples.framework(SAMPLE).toString(), "--data", data(), "--period",
            "2023-24");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("FW-TREAT-03 imputation 'imp-nn': comparator median needs the councils' similar"
            + " councils groups, but the data has no similar councils group (the CLI reads them with --groups FILE"),
            run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
    }

    private Path variant(String from, String to) throws IOException {
        String text = Files.readString(Samples.framework(SAMPLE));
        assertTrue(text.contains(from), from);
        return Files.writeString(folder.resolve("variant.framework"), text.replace(from, to));
    }

    @Test
    void aDenominatorColumnTheDataLacksIsExitOneNamingIt() throws IOException {
        Path model = variant("denominatorIndicator=\"3D1A\"", "denominatorColumn=\"pop-65\"");
        CliRun run = CliRun.of("score", model.toString(), "--data", data(), "--period", "2023-24", "--groups",
            groups());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("FW-TREAT-02 denomination 'd-3D2A' of indicator 3D2A: the data has no values "
            + "of column pop-65 in 2023-24"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aScreenValidationRejectsIsRefusedByScore() throws IOException {
        Path model = variant("<availabilityScreen id=\"screen-75\"", "<availabilityScreen id=\"screen-75\" "
            + "minimumPercent=\"120.0\"");
        CliRun run = CliRun.of("score", model.toString(), "--data", data(), "--period", "2023-24", "--groups",
            groups());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("ERROR FW-TREAT-04 ") && run.err().contains("'screen-75'")
            && run.err().contains("minimumPercent is 120; expected a percentage from 0 to 100"), run.err());
        assertEquals("", run.out());
    }
}
