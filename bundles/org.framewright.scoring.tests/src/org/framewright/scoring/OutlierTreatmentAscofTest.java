package org.framewright.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.OutlierTransform;
import org.framewright.model.OutlierTreatment;
import org.framewright.model.ScoringScheme;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JRC outlier rule on the real 2023-24 ASCOF data (all 153 councils): every measure treated (default thresholds
 * 2 and 3.5, at most 5 points, then Box-Cox with lambda 4). Of the 22 measures, three exceed both thresholds
 * (computed here from the raw rows): 2D1 passes after one point (the Isles of Scilly's 0 takes the next lowest value,
 * 63.8), 3D1A and 3D1B still exceed them after five points and are Box-Cox transformed; the others are untouched.
 */
class OutlierTreatmentAscofTest {

    private static final Map<String, Map<String, Double>> RAW = new TreeMap<>();
    private static ScoringResult plain;
    private static ScoringResult treated;

    @BeforeAll
    static void score() throws IOException {
        CouncilData data = new CouncilData();
        try (Reader reader = Files.newBufferedReader(SharedData.file("ascof/trend_data.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (row.get("Year").equals("2023-24") && row.get("Geographical Level").equals("Council")) {
                    data.council(row.get("ONS Code"), row.get("Geographical Description"));
                    double value = Double.parseDouble(row.get("Measure_Value"));
                    data.value(row.get("ONS Code"), "2023-24", row.get("Measure Group"), null, null, value);
                    RAW.computeIfAbsent(row.get("Measure Group"), k -> new TreeMap<>()).put(row.get("ONS Code"), value);
                }
            }
        }
        DataSet dataSet = data.build();
        Framework framework = SampleFrameworks.load("ascof-2023-24.framework");
        ScoringScheme scheme = SampleFrameworks.scheme(framework, "composite-minmax");
        plain = ScoringEngine.score(framework, scheme, dataSet, null);
        OutlierTreatment treatment = FrameworkFactory.eINSTANCE.createOutlierTreatment();
        treatment.setId("tr-jrc");
        treatment.setTransform(OutlierTransform.BOX_COX);
        treatment.setLambda(4);
        scheme.getTreatments().add(treatment);
        treated = ScoringEngine.score(framework, scheme, dataSet, null);
    }

    private static boolean exceeds(String measure) {
        double[] x = RAW.get(measure).values().stream().mapToDouble(Double::doubleValue).toArray();
        return Math.abs(OutlierTreatmentsTest.g1(x)) > 2 && OutlierTreatmentsTest.g2(x) > 3.5;
    }

    @Test
    void threeMeasuresExceedBothThresholds() {
        List<String> over = RAW.keySet().stream().filter(OutlierTreatmentAscofTest::exceeds).toList();
        assertEquals(List.of("2D1", "3D1A", "3D1B"), over);
        for (String measure : RAW.keySet()) {
            String summary = treated.notes().stream().filter(n -> n.startsWith("treatment tr-jrc of indicator "
                + measure + ":")).findFirst().orElseThrow();
            assertEquals(!over.contains(measure), summary.endsWith("within the thresholds, nothing changed"), summary);
        }
    }

    @Test
    void measure2D1IsWinsorisedOnePointAndScoredOnTheTreatedValue() {
        NodeResult scilly = treated.get("E06000053", "2D1");
        assertEquals(0, scilly.rawValue());
        assertEquals(List.of("winsorised (tr-jrc): 0 -> 63.8"), scilly.notes());
        assertEquals(63.8, scilly.inputs().get(0).value());
        assertTrue(scilly.explanation().containsAll(List.of("value in the data: 0", "winsorised (tr-jrc): 0 -> 63.8")),
            scilly.explanation().toString());
        // min-max over the treated values: the lowest is now 63.8
        double max = RAW.get("2D1").values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        for (Map.Entry<String, Double> council : RAW.get("2D1").entrySet()) {
            double value = Math.max(63.8, council.getValue());
            assertEquals(100 * (value - 63.8) / (max - 63.8), treated.get(council.getKey(), "2D1").score(), 1e-9,
                council.getKey());
        }
        String summary = treated.notes().stream().filter(n -> n.startsWith("treatment tr-jrc of indicator 2D1:"))
            .findFirst().orElseThrow();
        double[] after = RAW.get("2D1").values().stream().mapToDouble(v -> Math.max(63.8, v)).toArray();
        assertTrue(summary.endsWith("1 point winsorised (E06000053): skewness "
            + ScoreFormat.format(OutlierTreatmentsTest.g1(after)) + ", kurtosis "
            + ScoreFormat.format(OutlierTreatmentsTest.g2(after))), summary);
    }

    @Test
    void measures3D1AAnd3D1BAreBoxCoxTransformedAfterFivePointsAreNotEnough() {
        for (String measure : List.of("3D1A", "3D1B")) {
            List<Double> transformed = new ArrayList<>();
            for (Map.Entry<String, Double> council : RAW.get(measure).entrySet()) {
                double expected = (Math.pow(council.getValue(), 4) - 1) / 4;
                transformed.add(expected);
                NodeResult node = treated.get(council.getKey(), measure);
                assertEquals(expected, node.inputs().get(0).value(), 1e-9 * expected, council.getKey());
                assertEquals(council.getValue(), node.rawValue());
                assertTrue(node.notes().get(0).startsWith("Box-Cox (lambda 4)-transformed (tr-jrc): "), node.notes()
                    .toString());
            }
            double[] t = transformed.stream().mapToDouble(Double::doubleValue).toArray();
            String summary = treated.notes().stream().filter(n -> n.startsWith("treatment tr-jrc of indicator "
                + measure + ":")).findFirst().orElseThrow();
            assertTrue(summary.contains(": 5 points winsorised left skewness "), summary);
            assertTrue(summary.endsWith("Box-Cox (lambda 4)-transformed instead: skewness "
                + ScoreFormat.format(OutlierTreatmentsTest.g1(t)) + ", kurtosis "
                + ScoreFormat.format(OutlierTreatmentsTest.g2(t))), summary);
        }
    }

    @Test
    void untouchedMeasuresScoreAsWithoutTheTreatment() {
        for (CouncilResult council : plain.councils()) {
            for (String measure : RAW.keySet()) {
                if (!exceeds(measure)) {
                    NodeResult before = council.nodes().get(measure);
                    NodeResult after = treated.get(council.council().getId(), measure);
                    assertEquals(before.score(), after.score(), measure);
                    assertEquals(before.notes(), after.notes());
                }
            }
        }
        assertNull(treated.get("E06000053", "1A").notes().stream().filter(n -> n.contains("tr-jrc")).findFirst()
            .orElse(null));
    }
}
