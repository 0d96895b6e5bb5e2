package org.framewright.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.Band;
import org.framewright.model.Banding;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.MissingDataPolicy;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Rounding;
import org.framewright.model.RoundingMode;
import org.framewright.model.Scale;
import org.framewright.model.ScaleLevel;
import org.framewright.model.ScoringScheme;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;

/**
 * One result, two paths: the rating kernel and the engine give identical ratings and ranks for every draw, on
 * random schemes and data sets ({@link RandomSchemes}: trees, weights, roundings, bands, matrices, limiters,
 * missing values and every missing-data policy, CQC-shaped evidence categories aggregated to statements, band
 * boundaries shifted and missing-data policies drawn per draw, indicators banded by a thresholds rule or rated
 * Red/Amber/Green against a target, their bandings and RAG boundaries shifted per draw), on the
 * CSCI and CQC samples (CQC also with 153 generated councils scored per evidence category, its categories weighted
 * and perturbed) and on the real ASCOF data rated in bands. A difference fails with the smallest failing case the
 * shrinker finds.
 */
class RatingKernelAgreementTest {

    private static final int CASES = 300;

    @Test
    void randomSchemesRateAndRankAlikeOnBothPaths() {
        for (long seed = 1; seed <= CASES; seed++) {
            RandomSchemes.Spec spec = RandomSchemes.spec(seed);
            String difference = check(spec);
            if (difference != null) {
                shrinkAndFail(spec, difference);
            }
        }
    }

    @Test
    void randomSchemesExerciseShiftedThresholdsAndDrawnPolicies() {
        // the property above means something for thresholds and policies only if many cases perturb them
        int thresholds = 0;
        int policies = 0;
        for (long seed = 1; seed <= CASES; seed++) {
            RandomSchemes.Case generated = RandomSchemes.build(RandomSchemes.spec(seed));
            thresholds += generated.uncertainty().thresholdShift() > 0 ? 1 : 0;
            policies += generated.uncertainty().policyChoices().isEmpty() ? 0 : 1;
        }
        assertTrue(thresholds >= 40, thresholds + " cases shift thresholds");
        assertTrue(policies >= 40, policies + " cases draw policies");
    }

    @Test
    void randomSchemesExerciseShiftedIndicatorBandingsAndRagThresholdsOnTheKernel() {
        // indicator levels re-banded and RAG boundaries shifted per draw: the property covers them only if many
        // cases perturb them, each on the rating kernel
        int bandings = 0;
        int rags = 0;
        for (long seed = 1; seed <= CASES; seed++) {
            RandomSchemes.Case generated = RandomSchemes.build(RandomSchemes.spec(seed));
            UncertainScheme scheme = UncertainScheme.prepare(generated.framework(), generated.scheme(),
                generated.data(), null, generated.uncertainty());
            boolean banded = scheme.inputs().contains("thresholds of ir-bands-b");
            boolean rag = scheme.inputs().contains("RAG thresholds of ir-rag");
            if (banded || rag) {
                assertTrue(scheme.fastPath(), "seed " + seed + ": " + scheme.generalPathReason());
            }
            bandings += banded ? 1 : 0;
            rags += rag ? 1 : 0;
        }
        assertTrue(bandings >= 15, bandings + " cases shift an indicator rule's banding");
        assertTrue(rags >= 15, rags + " cases shift RAG thresholds");
    }

    @Test
    void shrinkerFindsASmallerCaseOfAnyFailure() {
        // the shrinker itself: a "failure" that needs 3 councils and levels shrinks to exactly that
        RandomSchemes.Spec spec = RandomSchemes.spec(7);
        RandomSchemes.Spec large = new RandomSchemes.Spec(spec.seed(), 9, 4, 3, 3, spec.features(), 24);
        RandomSchemes.Spec smallest = shrink(large, s -> s.councils() >= 3 ? "fails" : null);
        assertEquals(new RandomSchemes.Spec(spec.seed(), 3, 1, 1, 1, java.util.EnumSet.noneOf(
            RandomSchemes.Feature.class), 1), smallest);
    }

    @Test
    void csciSampleRatesAlikeOnBothPaths() throws IOException {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework("csci-2006.framework"));
        DataSet data = sampleData(framework, "csci-2006-councils.csv");
        for (double spread : new double[] {0.25, 0.9}) {
            assertNull(TwoPaths.difference(framework, framework.getSchemes().get(0), data, null,
                new Uncertainty(WeightPerturbation.UNIFORM_FACTOR, spread, List.of(), Map.of("agg-delivery",
                    List.of(AggregationMethod.MEAN, AggregationMethod.MINIMUM, AggregationMethod.MEDIAN)), List.of()),
                300, 5));
        }
        assertNull(TwoPaths.difference(framework, framework.getSchemes().get(0), CsciCouncils.data(), null,
            new Uncertainty(WeightPerturbation.DIRICHLET, 20, List.of("agg-outcomes"), Map.of(), List.of()), 300, 6));
        // missing-data policies drawn per draw (the sample has no banding, so its thresholds stay as they are)
        Uncertainty policies = new Uncertainty(WeightPerturbation.UNIFORM_FACTOR, 0.25, List.of(), Map.of(),
            List.of()).withThresholds(3, List.of()).withPolicies(Map.of(
                "agg-outcomes", List.of(MissingDataPolicy.EXCLUDE_AND_REWEIGHT, MissingDataPolicy.IMPUTE_MEAN,
                    MissingDataPolicy.IMPUTE_LOWEST, MissingDataPolicy.FAIL),
                "agg-delivery", List.of(MissingDataPolicy.EXCLUDE_AND_REWEIGHT, MissingDataPolicy.IMPUTE_MEDIAN,
                    MissingDataPolicy.FAIL)));
        assertNull(TwoPaths.difference(framework, framework.getSchemes().get(0), data, null, policies, 300, 7));
        assertNull(TwoPaths.difference(framework, framework.getSchemes().get(0), CsciCouncils.data(), null, policies,
            300, 8));
    }

    @Test
    void cqcSampleRatesAlikeOnBothPaths() throws IOException {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework("cqc-la-2023.framework"));
        DataSet data = sampleData(framework, "cqc-la-2023-councils.csv");
        assertNull(TwoPaths.difference(framework, framework.getSchemes().get(0), data, null,
            new Uncertainty(WeightPerturbation.UNIFORM_FACTOR, 0.25, List.of(), Map.of("agg-themes",
                List.of(AggregationMethod.PERCENT_OF_MAXIMUM, AggregationMethod.MEDIAN, AggregationMethod.MINIMUM)),
                List.of()), 200, 8));
        // both bandings' boundaries shifted, by a little and by a lot, with the themes' policy drawn
        for (double shift : new double[] {2, 12.5}) {
            assertNull(TwoPaths.difference(framework, framework.getSchemes().get(0), data, null,
                new Uncertainty(WeightPerturbation.UNIFORM_FACTOR, 0.25, List.of(), Map.of(), List.of())
                    .withThresholds(shift, List.of()).withPolicies(Map.of("agg-themes", List.of(
                        MissingDataPolicy.EXCLUDE_AND_REWEIGHT, MissingDataPolicy.IMPUTE_LOWEST,
                        MissingDataPolicy.FAIL))), 200, 9));
        }
    }

    @Test
    void cqcSampleWithGeneratedCategoryScoresRatesAlikeOnBothPaths() throws IOException {
        Framework framework = CqcCouncils.framework();
        ScoringScheme scheme = CqcCouncils.rating(framework);
        DataSet data = CqcCouncils.generated(153, 2023);
        // as published: percents of the maximum throughout, no weights; the themes' method drawn per draw
        assertNull(TwoPaths.difference(framework, scheme, data, null,
            new Uncertainty(WeightPerturbation.UNIFORM_FACTOR, 0.25, List.of(), Map.of("agg-themes",
                List.of(AggregationMethod.PERCENT_OF_MAXIMUM, AggregationMethod.MEDIAN, AggregationMethod.MINIMUM)),
                List.of()), 40, 12));
        // category weights perturbed: uniform factors, wide enough to move statements across bands, and Dirichlet
        CqcCouncils.weighCategories(framework, scheme);
        for (double spread : new double[] {0.25, 0.9}) {
            assertNull(TwoPaths.difference(framework, scheme, data, null, new Uncertainty(
                WeightPerturbation.UNIFORM_FACTOR, spread, List.of("agg-statements"), Map.of(), List.of()), 40, 13));
        }
        assertNull(TwoPaths.difference(framework, scheme, data, null, new Uncertainty(WeightPerturbation.DIRICHLET,
            20, List.of("agg-statements"), Map.of(), List.of()), 40, 14));
        // the statement bands' boundaries shifted too, with the statements' policy drawn
        assertNull(TwoPaths.difference(framework, scheme, data, null, new Uncertainty(
            WeightPerturbation.UNIFORM_FACTOR, 0.25, List.of("agg-statements"), Map.of(), List.of())
                .withThresholds(4, List.of("agg-statements")).withPolicies(Map.of("agg-statements", List.of(
                    MissingDataPolicy.EXCLUDE_AND_REWEIGHT, MissingDataPolicy.IMPUTE_MEAN,
                    MissingDataPolicy.IMPUTE_MEDIAN))), 40, 15));
    }

    @Test
    void realAscofDataRatedInBandsAlikeOnBothPaths() throws IOException {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24.framework"));
        ScoringScheme scheme = framework.getSchemes().stream().filter(s -> s.getId().equals("composite-minmax"))
            .findFirst().orElseThrow();
        // the composite rated: areas and overall rounded half up to whole points, the overall banded in quarters
        Scale rating = FrameworkFactory.eINSTANCE.createScale();
        rating.setId("quartile");
        scheme.getScales().add(rating);
        Banding banding = FrameworkFactory.eINSTANCE.createBanding();
        banding.setId("quarter-bands");
        banding.setScale(rating);
        banding.setStep(1);
        for (int q = 0; q < 4; q++) {
            ScaleLevel level = FrameworkFactory.eINSTANCE.createScaleLevel();
            level.setId("q" + q);
            level.setName("Q" + (q + 1));
            level.setValue(q + 1);
            rating.getLevels().add(level);
            Band band = FrameworkFactory.eINSTANCE.createBand();
            band.setId("band-q" + q);
            band.setLower(q * 25);
            band.setUpper(q == 3 ? 100 : q * 25 + 24);
            band.setLevel(level);
            banding.getBands().add(band);
        }
        scheme.getBandings().add(banding);
        scheme.setRatingScale(rating);
        for (AggregationRule rule : scheme.getAggregations()) {
            Rounding rounding = FrameworkFactory.eINSTANCE.createRounding();
            rounding.setMode(RoundingMode.HALF_UP);
            rule.setRounding(rounding);
            if (rule.isOverall()) {
                rule.setBanding(banding);
            }
        }
        assertNull(TwoPaths.difference(framework, scheme, AscofData.data(), AscofData.PERIOD,
            new Uncertainty(WeightPerturbation.UNIFORM_FACTOR, 0.25, List.of(), Map.of(), List.of()), 40, 11));
    }

    private static DataSet sampleData(Framework framework, String file) throws IOException {
        DataImport imported = CouncilDataReader.read(Samples.data(file), new ImportOptions(framework, null));
        if (imported.hasErrors()) {
            throw new AssertionError(imported.errors().toString());
        }
        return imported.dataSet();
    }

    private static String check(RandomSchemes.Spec spec) {
        RandomSchemes.Case generated = RandomSchemes.build(spec);
        try {
            return TwoPaths.difference(generated.framework(), generated.scheme(), generated.data(), null,
                generated.uncertainty(), spec.draws(), spec.seed());
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private static void shrinkAndFail(RandomSchemes.Spec spec, String difference) {
        RandomSchemes.Spec smallest = shrink(spec, RatingKernelAgreementTest::check);
        fail("kernel and engine differ; smallest failing case " + smallest + ": " + check(smallest)
            + " (first found: " + spec + ": " + difference + ")");
    }

    /** Greedy shrinking: takes any one-step simplification that still fails, until none does. */
    static RandomSchemes.Spec shrink(RandomSchemes.Spec failing, java.util.function.Function<RandomSchemes.Spec, String> check) {
        RandomSchemes.Spec current = failing;
        boolean smaller = true;
        while (smaller) {
            smaller = false;
            for (RandomSchemes.Spec candidate : current.smaller()) {
                if (check.apply(candidate) != null) {
                    current = candidate;
                    smaller = true;
                    break;
                }
            }
        }
        return current;
    }
}
