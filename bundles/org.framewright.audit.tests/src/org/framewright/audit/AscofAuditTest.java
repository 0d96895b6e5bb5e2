package org.framewright.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.Polarity;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringResult;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit of ASCOF 2023-24's composite on the real published 2023-24 results of the 153 councils
 * (shared/data/ascof/trend_data.csv), against statistics computed here from the CSV rows with plain loops.
 */
class AscofAuditTest {

    private static Framework framework;
    private static DataImport data;
    private static AuditReport report;
    /** measure -> council (ONS code) -> value, 2023-24 council rows only. */
    private static final Map<String, Map<String, Double>> VALUES = new LinkedHashMap<>();
    private static final List<String> COUNCILS = new ArrayList<>();

    @BeforeAll
    static void audit() throws Exception {
        try (Reader reader = Files.newBufferedReader(SharedData.file("ascof/trend_data.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (row.get("Year").equals("2023-24") && row.get("Geographical Level").equals("Council")) {
                    VALUES.computeIfAbsent(row.get("Measure Group"), k -> new HashMap<>())
                        .put(row.get("ONS Code"), Double.valueOf(row.get("Measure_Value")));
                    if (!COUNCILS.contains(row.get("ONS Code"))) {
                        COUNCILS.add(row.get("ONS Code"));
                    }
                }
            }
        }
        framework = FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24.framework"));
        data = CouncilDataReader.read(SharedData.file("ascof/trend_data.csv"), new ImportOptions(framework, "2023-24"));
        assertFalse(data.hasErrors(), () -> data.errors().toString());
        report = StatisticalAudit.run(framework, framework.getSchemes().get(0), data.dataSet(), "2023-24");
    }

    @Test
    void everyMeasureHasItsMomentsAsASpreadsheetComputesThem() {
        assertEquals(153, report.councils());
        assertEquals(VALUES.keySet().stream().sorted().toList(),
            report.indicators().stream().map(IndicatorAudit::indicator).sorted().toList());
        for (IndicatorAudit audit : report.indicators()) {
            double[] x = VALUES.get(audit.indicator()).values().stream().mapToDouble(Double::doubleValue).toArray();
            int n = x.length;
            double mean = Arrays.stream(x).sum() / n;
            double m2 = 0;
            double m3 = 0;
            double m4 = 0;
            for (double v : x) {
                m2 += (v - mean) * (v - mean);
            }
            double s = Math.sqrt(m2 / (n - 1));
            for (double v : x) {
                m3 += Math.pow((v - mean) / s, 3);
                m4 += Math.pow((v - mean) / s, 4);
            }
            double skew = (double) n / ((n - 1) * (n - 2)) * m3;
            double kurt = (double) n * (n + 1) / ((double) (n - 1) * (n - 2) * (n - 3)) * m4
                - 3.0 * (n - 1) * (n - 1) / ((n - 2) * (n - 3));
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            String id = audit.indicator();
            Descriptives d = audit.statistics();
            assertEquals(n, audit.available(), id);
            assertEquals(100.0 * n / 153, audit.availability(), 1e-9, id);
            assertEquals(mean, d.mean(), 1e-9 * Math.max(1, Math.abs(mean)), id);
            assertEquals(median, d.median(), 1e-12, id);
            assertEquals(sorted[0], d.min(), 0, id);
            assertEquals(sorted[n - 1], d.max(), 0, id);
            assertEquals(skew, d.skewness(), 1e-9, id);
            assertEquals(kurt, d.kurtosis(), 1e-8, id);
        }
    }

    @Test
    void correlationsAreThoseOfThePolarityAlignedValues() {
        // min-max normalisation is linear, so Pearson's r of the scores is r of the values, sign turned by polarity
        for (IndicatorAudit audit : report.indicators()) {
            for (IndicatorAudit other : report.indicators()) {
                if (audit == other) {
                    continue;
                }
                double expected = pearson(aligned(audit.indicator()), aligned(other.indicator()));
                assertEquals(expected, audit.pearson().get(other.indicator()), 1e-9,
                    audit.indicator() + " x " + other.indicator());
                assertEquals(Math.abs(expected) > 0.9, audit.collinearWith().contains(other.indicator()));
            }
        }
    }

    @Test
    void spearmanIsPearsonOfAverageRanks() {
        for (String[] pair : List.of(new String[] {"1A", "1C"}, new String[] {"2A", "2B"}, new String[] {"3A", "4A"},
                new String[] {"5A1", "5A2"}, new String[] {"3D1B", "1B"})) {
            double[][] both = complete(aligned(pair[0]), aligned(pair[1]));
            double expected = pearson(ranks(both[0]), ranks(both[1]));
            IndicatorAudit audit = indicator(pair[0]);
            assertEquals(expected, audit.spearman().get(pair[1]), 1e-9, pair[0] + " x " + pair[1]);
        }
    }

    @Test
    void alphaOfQualityOfLifeFromTheNormalisedScores() {
        List<Indicator> items = framework.getAreas().get(0).getIndicators();
        List<double[]> columns = new ArrayList<>();
        for (Indicator indicator : items) {
            columns.add(minMax(indicator));
        }
        List<double[]> rows = new ArrayList<>();
        for (int c = 0; c < COUNCILS.size(); c++) {
            int council = c;
            if (columns.stream().noneMatch(col -> Double.isNaN(col[council]))) {
                rows.add(columns.stream().mapToDouble(col -> col[council]).toArray());
            }
        }
        int k = items.size();
        double itemVariances = 0;
        for (int i = 0; i < k; i++) {
            int item = i;
            itemVariances += variance(rows.stream().mapToDouble(r -> r[item]).toArray());
        }
        double total = variance(rows.stream().mapToDouble(r -> Arrays.stream(r).sum()).toArray());
        AreaAudit area = report.areas().stream().filter(a -> a.area().equals("1")).findFirst().orElseThrow();
        assertEquals(rows.size(), area.completeCouncils());
        assertEquals(k / (k - 1.0) * (1 - itemVariances / total), area.cronbachAlpha(), 1e-9);
        assertTrue(area.firstComponentShare() > 1.0 / k && area.firstComponentShare() <= 1, area.toString());
    }

    @Test
    void eachIndicatorIsCorrelatedWithItsOwnArea() {
        ScoringResult result = ScoringEngine.score(framework, framework.getSchemes().get(0), data.dataSet(), "2023-24");
        for (IndicatorAudit audit : report.indicators()) {
            double[] own = new double[COUNCILS.size()];
            double[] area = new double[COUNCILS.size()];
            for (int c = 0; c < COUNCILS.size(); c++) {
                own[c] = nan(result.get(COUNCILS.get(c), audit.indicator()).score());
                area[c] = nan(result.get(COUNCILS.get(c), audit.area()).score());
            }
            assertEquals(pearson(own, area), audit.correlationWithArea(), 1e-9, audit.indicator());
            assertEquals(audit.correlationWithArea() < 0, audit.negativelyCorrelatedWithArea());
        }
        // outcome area 4 has one measure: its area score is that measure's score
        assertEquals(1, indicator("4A").correlationWithArea(), 1e-12);
    }

    @Test
    void leavingOutSafetyMovesRanksAsTheMeanOfTheOtherAreasSays() {
        ScoringResult result = ScoringEngine.score(framework, framework.getSchemes().get(0), data.dataSet(), "2023-24");
        Map<String, Double> without = new HashMap<>();
        for (CouncilResult council : result.councils()) {
            double sum = 0;
            int n = 0;
            for (String area : List.of("1", "2", "3", "5")) {
                Double score = council.nodes().get(area).score();
                if (score != null) {
                    sum += score;
                    n++;
                }
            }
            without.put(council.council().getId(), sum / n);
        }
        List<Double> shifts = new ArrayList<>();
        for (CouncilResult council : result.councils()) {
            double own = without.get(council.council().getId());
            long better = without.values().stream().filter(s -> s > own).count();
            shifts.add((double) Math.abs(better + 1 - council.rank()));
        }
        shifts.sort(null);
        AreaAudit safety = report.areas().stream().filter(a -> a.area().equals("4")).findFirst().orElseThrow();
        assertEquals(153, safety.leaveOneOut().councils());
        assertEquals((shifts.get(76)), safety.leaveOneOut().median(), 1e-12);
        assertEquals(shifts.get(152), safety.leaveOneOut().max(), 1e-12);
        assertTrue(safety.leaveOneOut().max() > 0);
        // 4A is area 4's only measure: leaving either out is the same scheme
        assertEquals(safety.leaveOneOut(), indicator("4A").leaveOneOut());
        assertNull(safety.leaveOneOut().note());
        // outcome area 6 has no measures: leaving it out moves no one
        AreaAudit six = report.areas().stream().filter(a -> a.area().equals("6")).findFirst().orElseThrow();
        assertEquals(0, six.leaveOneOut().max(), 0);
    }

    private static IndicatorAudit indicator(String id) {
        return report.indicators().stream().filter(i -> i.indicator().equals(id)).findFirst().orElseThrow();
    }

    private static double nan(Double value) {
        return value == null ? Double.NaN : value;
    }

    /** The measure's values by council, negated for lower is better; NaN where missing. */
    private static double[] aligned(String id) {
        Indicator indicator = framework.getIndicators().stream().filter(i -> i.getId().equals(id)).findFirst()
            .orElseThrow();
        double sign = indicator.getPolarity() == Polarity.LOWER_IS_BETTER ? -1 : 1;
        return COUNCILS.stream().mapToDouble(c -> sign * VALUES.get(id).getOrDefault(c, Double.NaN)).toArray();
    }

    private static double[] minMax(Indicator indicator) {
        double[] x = aligned(indicator.getId());
        double min = Arrays.stream(x).filter(v -> !Double.isNaN(v)).min().orElseThrow();
        double max = Arrays.stream(x).filter(v -> !Double.isNaN(v)).max().orElseThrow();
        return Arrays.stream(x).map(v -> 100 * (v - min) / (max - min)).toArray();
    }

    private static double[][] complete(double[] x, double[] y) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                pairs.add(new double[] {x[i], y[i]});
            }
        }
        return new double[][] {pairs.stream().mapToDouble(p -> p[0]).toArray(),
            pairs.stream().mapToDouble(p -> p[1]).toArray()};
    }

    private static double pearson(double[] x0, double[] y0) {
        double[][] both = complete(x0, y0);
        double[] x = both[0];
        double[] y = both[1];
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** 1-based ranks, ties sharing the average of their positions. */
    private static double[] ranks(double[] x) {
        double[] ranks = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int below = 0;
            int equal = 0;
            for (double v : x) {
                below += v < x[i] ? 1 : 0;
                equal += v == x[i] ? 1 : 0;
            }
            ranks[i] = below + (equal + 1) / 2.0;
        }
        return ranks;
    }

    private static double variance(double[] x) {
        double mean = Arrays.stream(x).average().orElseThrow();
        return Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1);
    }
}
