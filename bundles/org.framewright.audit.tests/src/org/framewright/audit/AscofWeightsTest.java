package org.framewright.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.Polarity;
import org.framewright.model.Weight;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringResult;
import org.framewright.testing.SharedData;
import org.framewright.validation.FrameworkValidation;
import org.framewright.validation.ModelDiagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weights of ASCOF 2023-24's composite (every measure min-max normalised, area = mean of its measures, overall =
 * mean of the areas) on the real published 2023-24 results of the 153 councils (shared/data/ascof/trend_data.csv),
 * against effective and PCA weights computed here from the CSV rows with plain loops.
 */
class AscofWeightsTest {

    private static final List<String> AREAS = List.of("1", "2", "3", "4", "5");
    private static Framework framework;
    private static DataImport data;
    private static WeightReport report;
    /** measure -> council (ONS code) -> value, 2023-24 council rows only. */
    private static final Map<String, Map<String, Double>> VALUES = new LinkedHashMap<>();
    private static final List<String> COUNCILS = new ArrayList<>();
    /** The councils with every measure, and on them each measure's min-max score, each area's and the overall. */
    private static final List<String> COMPLETE = new ArrayList<>();
    private static final Map<String, double[]> SCORES = new LinkedHashMap<>();

    @TempDir
    static Path folder;

    @BeforeAll
    static void analyse() throws Exception {
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
        Path model = folder.resolve("ascof-2023-24.framework");
        Files.copy(Samples.framework("ascof-2023-24.framework"), model);
        // ASCOF 2023-24 is basedOn ASCOF 2019-20 (a file beside it): a scenario kept next to it must resolve it too
        Files.copy(Samples.framework("ascof-2019-20.framework"), folder.resolve("ascof-2019-20.framework"));
        framework = FrameworkFiles.loadFramework(model);
        data = CouncilDataReader.read(SharedData.file("ascof/trend_data.csv"), new ImportOptions(framework, "2023-24"));
        assertFalse(data.hasErrors(), () -> data.errors().toString());
        report = WeightScenarios.analyse(framework, framework.getSchemes().get(0), data.dataSet(), "2023-24");
        // the independent composite on the complete councils
        for (String council : COUNCILS) {
            if (VALUES.values().stream().allMatch(m -> m.containsKey(council))) {
                COMPLETE.add(council);
            }
        }
        for (Indicator indicator : framework.getIndicators()) {
            SCORES.put(indicator.getId(), minMax(indicator));
        }
        double[] overall = new double[COMPLETE.size()];
        for (String area : AREAS) {
            List<Indicator> own = area(area).getIndicators();
            double[] mean = new double[COMPLETE.size()];
            for (int c = 0; c < mean.length; c++) {
                for (Indicator indicator : own) {
                    mean[c] += SCORES.get(indicator.getId())[c] / own.size();
                }
                overall[c] += mean[c] / AREAS.size();
            }
            SCORES.put(area, mean);
        }
        SCORES.put("overall", overall);
    }

    @Test
    void oneRowPerInputOfEachAreaAndOfTheOverallScore() {
        assertEquals(153, report.councils());
        assertEquals(148, COMPLETE.size());
        assertEquals(COMPLETE.size(), report.completeCouncils());
        // 22 measures in areas 1-5 and 6 areas under overall
        assertEquals(22 + 6, report.rows().size());
        assertEquals(List.of("1A", "1", "agg-areas"), List.of(report.rows().get(0).id(), report.rows().get(0).area(),
            report.rows().get(0).rule()));
        WeightRow six = row("overall", "6");
        assertEquals(List.of(0.0, 0.0, 0.0, 0.0), List.of(six.current(), six.effective(), six.pca(), six.optimised()));
    }

    @Test
    void currentAndEffectiveWeightsAreTheSharesOfTheOverallScoreAndOfItsVariance() {
        double[] y = SCORES.get("overall");
        double effectiveSum = 0;
        for (String area : AREAS) {
            List<Indicator> own = area(area).getIndicators();
            for (Indicator indicator : own) {
                double share = 1.0 / AREAS.size() / own.size();
                WeightRow row = row(area, indicator.getId());
                assertEquals(100 * share, row.current(), 1e-9, row.toString());
                double expected = 100 * share * covariance(SCORES.get(indicator.getId()), y) / covariance(y, y);
                assertEquals(expected, row.effective(), 1e-8, row.toString());
                effectiveSum += row.effective();
            }
            WeightRow row = row("overall", area);
            assertEquals(20, row.current(), 1e-9);
            assertEquals(20 * covariance(SCORES.get(area), y) / covariance(y, y), row.effective(), 1e-8, area);
        }
        assertEquals(100, effectiveSum, 1e-8);
        // the measures of area 3 are many and move together less than area 4's one: their shares differ
        assertTrue(Math.abs(row("overall", "3").effective() - row("overall", "4").effective()) > 1,
            report.rows().toString());
    }

    @Test
    void underTheOptimisedWeightsEveryMeasureCarriesItsIntendedShareOfTheVariance() {
        // the composite under the optimised shares, and each measure's share of its variance, from the CSV rows here
        double[] y = new double[COMPLETE.size()];
        for (String area : AREAS) {
            for (Indicator indicator : area(area).getIndicators()) {
                double share = row(area, indicator.getId()).optimised() / 100;
                double[] x = SCORES.get(indicator.getId());
                for (int c = 0; c < y.length; c++) {
                    y[c] += share * x[c];
                }
            }
        }
        for (String area : AREAS) {
            double areaShare = 0;
            for (Indicator indicator : area(area).getIndicators()) {
                WeightRow row = row(area, indicator.getId());
                double effective = row.optimised() * covariance(SCORES.get(indicator.getId()), y) / covariance(y, y);
                // to the printed precision (6 decimals of a percentage): an exact fit, not merely a nearer one
                assertEquals(row.current(), effective, 5e-7, row.toString());
                areaShare += row.optimised();
            }
            assertEquals(areaShare, row("overall", area).optimised(), 1e-9, area);
        }
        assertTrue(report.distanceAfter() < 1e-12 && report.distanceBefore() > 0.04, report.toString());
    }

    @Test
    void pcaWeightsAreTheSquaredLoadingsOfEachAreasFirstComponent() {
        for (String area : List.of("1", "2", "3")) {
            List<Indicator> own = area(area).getIndicators();
            double[][] items = own.stream().map(i -> SCORES.get(i.getId())).toArray(double[][]::new);
            double[] v = firstComponent(items);
            double total = own.stream().mapToDouble(i -> row(area, i.getId()).pca()).sum();
            for (int i = 0; i < own.size(); i++) {
                assertEquals(v[i] * v[i], row(area, own.get(i).getId()).pca() / total, 1e-9, own.get(i).getId());
            }
        }
        double[] v = firstComponent(AREAS.stream().map(SCORES::get).toArray(double[][]::new));
        for (int a = 0; a < AREAS.size(); a++) {
            assertEquals(100 * v[a] * v[a], row("overall", AREAS.get(a)).pca(), 1e-9, AREAS.get(a));
        }
        // area 4 has one measure: it carries the area's whole PCA weight
        assertEquals(row("overall", "4").pca(), row("4", "4A").pca(), 1e-9);
    }

    @Test
    void theOptimisedScenarioValidatesScoresAndBringsEffectiveWeightsCloserToIntended() throws Exception {
        assertTrue(report.distanceAfter() < report.distanceBefore(), report.toString());
        WeightScenarios.Scenario scenario = WeightScenarios.scenario(framework.getSchemes().get(0), report,
            WeightScenarios.Kind.OPTIMISED);
        assertTrue(scenario.notes().isEmpty(), scenario.notes().toString());
        Path file = WeightScenarios.keep(scenario, folder.resolve("ascof-2023-24.framework"),
            WeightScenarios.Kind.OPTIMISED);
        assertEquals(folder.resolve("ascof-2023-24-optimised.framework"), file);
        // the original is unchanged: still means without weights
        assertTrue(framework.getSchemes().get(0).getAggregations().stream().allMatch(r -> r.getWeights().isEmpty()));
        Framework kept = FrameworkFiles.loadFramework(file);
        List<ModelDiagnostic> problems = FrameworkValidation.validate(kept);
        assertFalse(FrameworkValidation.hasErrors(problems), problems.toString());
        assertEquals(framework.getId(), kept.getId());
        AggregationRule areas = kept.getSchemes().get(0).getAggregations().get(0);
        assertEquals("agg-areas", areas.getId());
        assertEquals("weighted mean", areas.getMethod());
        assertEquals(100, areas.getWeights().stream().mapToDouble(Weight::getPercent).sum(), 1e-9);
        for (Weight weight : areas.getWeights()) {
            assertEquals(row(areaOf(weight), weight.getPart().getId()).optimised(), weight.getPercent(), 1e-4, weight.getPart().getId());
        }
        ScoringResult scored = ScoringEngine.score(kept, kept.getSchemes().get(0), data(kept), "2023-24");
        assertEquals(153, scored.councils().stream().filter(c -> c.overall().score() != null).count());
        // rescored, the effective weights are nearer the intended ones (the current shares) than they were
        WeightReport after = WeightScenarios.analyse(kept, kept.getSchemes().get(0), data(kept), "2023-24");
        double before = 0;
        double now = 0;
        for (WeightRow row : report.rows()) {
            if (!row.area().equals("overall")) {
                WeightRow again = after.rows().stream().filter(r -> r.area().equals(row.area())
                    && r.id().equals(row.id())).findFirst().orElseThrow();
                assertEquals(row.optimised(), again.current(), 1e-3, row.toString());
                before += Math.pow(row.effective() - row.current(), 2);
                now += Math.pow(again.effective() - row.current(), 2);
            }
        }
        assertTrue(now < before / 2, now + " vs " + before);
        // deterministic: the same analysis gives the same optimised weights
        WeightReport again = WeightScenarios.analyse(framework, framework.getSchemes().get(0), data.dataSet(),
            "2023-24");
        assertEquals(report.rows(), again.rows());
    }

    @Test
    void pcaAndEffectiveScenariosValidateToo() throws Exception {
        for (WeightScenarios.Kind kind : List.of(WeightScenarios.Kind.PCA, WeightScenarios.Kind.EFFECTIVE)) {
            WeightScenarios.Scenario scenario = WeightScenarios.scenario(framework.getSchemes().get(0), report, kind);
            Path file = WeightScenarios.keep(scenario, folder.resolve("ascof-2023-24.framework"), kind);
            assertEquals("ascof-2023-24-" + kind.id() + ".framework", file.getFileName().toString());
            Framework kept = FrameworkFiles.loadFramework(file);
            List<ModelDiagnostic> problems = FrameworkValidation.validate(kept);
            assertFalse(FrameworkValidation.hasErrors(problems), kind + ": " + problems);
            ScoringResult scored = ScoringEngine.score(kept, kept.getSchemes().get(0), data(kept), "2023-24");
            assertEquals(153, scored.councils().stream().filter(c -> c.overall().score() != null).count());
        }
    }

    private static org.framewright.model.DataSet data(Framework model) throws Exception {
        DataImport imported = CouncilDataReader.read(SharedData.file("ascof/trend_data.csv"),
            new ImportOptions(model, "2023-24"));
        assertFalse(imported.hasErrors());
        return imported.dataSet();
    }

    private static String areaOf(Weight weight) {
        return framework.getAreas().stream().filter(a -> a.getIndicators().stream()
            .anyMatch(i -> i.getId().equals(weight.getPart().getId()))).findFirst().orElseThrow().getId();
    }

    private static WeightRow row(String area, String id) {
        return report.rows().stream().filter(r -> r.area().equals(area) && r.id().equals(id)).findFirst()
            .orElseThrow(() -> new AssertionError("no row " + area + " " + id + " in " + report.rows()));
    }

    private static Area area(String id) {
        return framework.getAreas().stream().filter(a -> a.getId().equals(id)).findFirst().orElseThrow();
    }

    /** The measure's min-max score (0-100, turned round for lower is better) on the complete councils. */
    private static double[] minMax(Indicator indicator) {
        Map<String, Double> values = VALUES.get(indicator.getId());
        double min = values.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = values.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        boolean lower = indicator.getPolarity() == Polarity.LOWER_IS_BETTER;
        return COMPLETE.stream().mapToDouble(c -> {
            double v = values.get(c);
            return lower ? 100 * (max - v) / (max - min) : 100 * (v - min) / (max - min);
        }).toArray();
    }

    private static double covariance(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (x[i] - mx) * (y[i] - my);
        }
        return s / (x.length - 1);
    }

    /** The unit eigenvector of the items' correlation matrix with the largest eigenvalue, by power iteration. */
    private static double[] firstComponent(double[][] items) {
        int k = items.length;
        double[][] r = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                r[i][j] = covariance(items[i], items[j])
                    / Math.sqrt(covariance(items[i], items[i]) * covariance(items[j], items[j]));
            }
        }
        double[] v = new double[k];
        Arrays.fill(v, 1);
        for (int step = 0; step < 5000; step++) {
            double[] next = new double[k];
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    next[i] += r[i][j] * v[j];
                }
            }
            double norm = Math.sqrt(Arrays.stream(next).map(x -> x * x).sum());
            for (int i = 0; i < k; i++) {
                v[i] = next[i] / norm;
            }
        }
        return v;
    }
}
