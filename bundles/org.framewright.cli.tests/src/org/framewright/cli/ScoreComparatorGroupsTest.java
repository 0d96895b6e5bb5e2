package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framewright.model.ComparatorKind;
import org.framewright.model.Framework;
import org.framewright.model.IndicatorRule;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * {@code score --groups}: ASCOF 2023-24 with its indicator rule turned into {@code comparator position} among
 * similar councils scores each council's measure as its percentile within its Oflog nearest-neighbour group,
 * recomputed here from the raw rows and NN.json.
 */
class ScoreComparatorGroupsTest {

    @Test
    void comparatorPositionAmongNearestNeighbours(@TempDir Path folder) throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24.framework"));
        IndicatorRule rule = framework.getSchemes().get(0).getIndicatorRules().get(0);
        rule.setMethod("comparator position");
        rule.setComparator(ComparatorKind.SIMILAR_COUNCILS);
        Path model = folder.resolve("ascof-similar.framework");
        FrameworkFiles.saveAs(framework, model);
        String data = SharedData.file("ascof/trend_data.csv").toString();
        String nn = SharedData.file("oflog/NN.json").toString();

        CliRun run = CliRun.of("score", model.toString(), "--data", data, "--period", "2023-24", "--groups", nn,
            "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());

        Map<String, Double> qualityOfLife = values(data, "1A");
        List<String> group = new ArrayList<>();
        JsonParser.parseString(Files.readString(Path.of(nn))).getAsJsonObject().getAsJsonArray("E06000062")
            .forEach(c -> group.add(c.getAsString()));
        double own = qualityOfLife.get("E06000062");
        List<Double> values = group.stream().filter(qualityOfLife::containsKey).map(qualityOfLife::get).toList();
        long worse = values.stream().filter(v -> v < own).count(); // 1A: higher is better
        double expected = 100.0 * worse / (values.size() - 1);
        String row = run.out().lines().filter(l -> l.startsWith("E06000062,1A,")).findFirst().orElseThrow();
        assertEquals(expected, Double.parseDouble(row.split(",", -1)[2]), 1e-6, row);

        // without the groups there is nothing to compare with: the measure is unscored
        CliRun without = CliRun.of("score", model.toString(), "--data", data, "--period", "2023-24", "--format", "csv");
        assertEquals(0, without.exitCode(), without.err());
        assertTrue(without.out().lines().anyMatch("E06000062,1A,,,"::equals), without.out());
    }

    private static Map<String, Double> values(String data, String measure) throws IOException {
        Map<String, Double> values = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(Path.of(data), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (row.get("Year").equals("2023-24") && row.get("Geographical Level").equals("Council")
                    && row.get("Measure Group").equals(measure) && !row.get("Measure_Value").isBlank()) {
                    values.put(row.get("ONS Code"), Double.valueOf(row.get("Measure_Value")));
                }
            }
        }
        return values;
    }
}
