package org.framewright.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.Polarity;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end: the ASCOF 2023-24 {@code composite-minmax} scheme on the real published 2023-24 results of all 153
 * councils (shared/data/ascof/trend_data.csv, read here with commons-csv; never copied into the repository).
 */
class AscofCompositeTest {

    private static List<CSVRecord> rows;
    private static Framework framework;
    private static ScoringResult result;

    @BeforeAll
    static void score() throws IOException {
        rows = new ArrayList<>();
        CouncilData data = new CouncilData();
        try (Reader reader = Files.newBufferedReader(SharedData.file("ascof/trend_data.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (row.get("Year").equals("2023-24") && row.get("Geographical Level").equals("Council")) {
                    rows.add(row);
                    data.council(row.get("ONS Code"), row.get("Geographical Description"));
                    data.value(row.get("ONS Code"), "2023-24", row.get("Measure Group"), null, null,
                        Double.valueOf(row.get("Measure_Value")));
                }
            }
        }
        framework = SampleFrameworks.load("ascof-2023-24.framework");
        result = ScoringEngine.score(framework, SampleFrameworks.scheme(framework, "composite-minmax"), data.build(), null);
    }

    @Test
    void everyCouncilGetsAnOverallScoreBetween0And100() {
        assertEquals(153, result.councils().size());
        for (CouncilResult council : result.councils()) {
            Double score = council.overall().score();
            assertNotNull(score, council.council().getName());
            assertTrue(score >= 0 && score <= 100, council.council().getName() + ": " + score);
        }
    }

    @Test
    void ranksArePermutationWithTiesOf1To153() {
        List<Double> scores = result.councils().stream().map(c -> c.overall().score()).toList();
        for (CouncilResult council : result.councils()) {
            long better = scores.stream().filter(s -> s > council.overall().score()).count();
            assertEquals(better + 1, council.rank().longValue(), council.council().getName());
        }
        assertEquals(1, result.councils().stream().mapToInt(CouncilResult::rank).min().orElseThrow());
        assertTrue(result.councils().stream().mapToInt(CouncilResult::rank).max().orElseThrow() <= 153);
    }

    @Test
    void anAreaScoreRecomputedFromTheRawRowsAgrees() {
        // area 2 (Independence) mixes higher-is-better and lower-is-better (2B, 2C) measures
        for (String council : List.of("E09000002", "E10000014", "E06000052")) {
            List<Double> normalised = new ArrayList<>();
            for (Indicator indicator : framework.getAreas().get(1).getIndicators()) {
                Map<String, Double> values = new HashMap<>();
                rows.stream().filter(r -> r.get("Measure Group").equals(indicator.getId()))
                    .forEach(r -> values.put(r.get("ONS Code"), Double.valueOf(r.get("Measure_Value"))));
                if (!values.containsKey(council)) {
                    continue;
                }
                double min = values.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                double max = values.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                double v = values.get(council);
                normalised.add(indicator.getPolarity() == Polarity.LOWER_IS_BETTER ? (max - v) / (max - min) * 100
                    : (v - min) / (max - min) * 100);
            }
            double mean = normalised.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            assertEquals(mean, result.get(council, "2").score(), 1e-9, council);
        }
    }

    @Test
    void outcomeAreaSixHasNoMeasuresAndIsLeftOut() {
        CouncilResult council = result.councils().get(0);
        assertEquals(List.of("no input has a value: unscored"), council.nodes().get("6").notes());
        assertTrue(council.overall().notes().get(0).startsWith("6 missing: excluded, aggregated over 1, 2, 3, 4, 5"));
    }
}
