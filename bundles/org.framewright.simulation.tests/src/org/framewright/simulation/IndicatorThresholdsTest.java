package org.framewright.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.Band;
import org.framewright.model.Banding;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.IndicatorRule;
import org.framewright.model.IndicatorScoringMethod;
import org.framewright.model.InputSelection;
import org.framewright.model.InputValue;
import org.framewright.model.MissingDataPolicy;
import org.framewright.model.RankingOrder;
import org.framewright.model.Rounding;
import org.framewright.model.RoundingMode;
import org.framewright.model.Scale;
import org.framewright.model.ScoringScheme;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;

/**
 * Indicator rules' thresholds shifted per draw on the rating kernel, on the West Northamptonshire sample (its
 * scorecard indicators and the sample councils, several exactly on a target or an amber boundary): the target RAG
 * rule's boundaries shifted relative to the target, and four percentage indicators banded by a thresholds rule whose
 * bands are shifted. The sample has no overall result; the test adds one: the mean of the indicators' RAG values
 * (Red 1, Amber 2, Green 3) to one decimal, rated Red below 1.7, Amber below 2.4, else Green.
 */
class IndicatorThresholdsTest {

    private static final FrameworkFactory F = FrameworkFactory.eINSTANCE;
    private static final Uncertainty FIXED_WEIGHTS = Uncertainty.weights(WeightPerturbation.UNIFORM_FACTOR, 0);

    @Test
    void kernelAndEngineRateAndRankAlikeDrawByDraw() throws IOException {
        Framework framework = rated();
        DataSet data = data(framework);
        ScoringScheme scheme = framework.getSchemes().get(0);
        for (double shift : new double[] {1, 4, 25}) {
            assertNull(TwoPaths.difference(framework, scheme, data, null, Uncertainty.weights(
                WeightPerturbation.UNIFORM_FACTOR, 0.25).withThresholds(shift, List.of("pct-bands", "rag-target")),
                300, 21));
        }
        // by default: the overall rule's banding and every target RAG rule
        assertNull(TwoPaths.difference(framework, scheme, data, null, FIXED_WEIGHTS.withThresholds(3, List.of()),
            300, 22));
    }

    @Test
    void theFastPathTakesThemAndNamesEveryBoundary() throws IOException {
        Framework framework = rated();
        DataSet data = data(framework);
        Uncertainty uncertainty = FIXED_WEIGHTS.withThresholds(5, List.of("pct-bands", "rag-target"));
        UncertainScheme scheme = UncertainScheme.prepare(framework, framework.getSchemes().get(0), data, null,
            uncertainty);
        assertTrue(scheme.fastPath(), scheme.generalPathReason());
        // the overall rule is a mean: its (here unperturbed) equal weights are an input too
        assertEquals(List.of("weights of agg-scorecard", "thresholds of pct-bands-b", "RAG thresholds of rag-target"),
            scheme.inputs(false));
        List<String> perInput = scheme.inputs(true);
        assertEquals(List.of("boundary at 70 (Red/Amber) of pct-bands-b", "boundary at 85 (Amber/Green) of pct-bands-b",
            "boundary at 0 % short of target (Amber/Green) of rag-target",
            "boundary at 5 % short of target (Red/Amber) of rag-target"),
            perInput.subList(perInput.size() - 4, perInput.size()));
        MonteCarloResult result = scheme.monteCarlo(50, 1, 1, SimulationMonitor.NONE);
        List<String> described = PerturbedInputs.describe(result, scheme.baseline(), uncertainty);
        assertEquals(List.of("2 band boundaries of pct-bands-b +-5 points", "2 RAG boundaries of rag-target +-5 points"),
            described.subList(1, described.size()));
    }

    @Test
    void shiftedRagBoundariesMoveRatingsThatFixedOnesDoNot() throws IOException {
        Framework framework = rated();
        DataSet data = data(framework);
        ScoringScheme scheme = framework.getSchemes().get(0);
        MonteCarloResult fixed = UncertainScheme.prepare(framework, scheme, data, null, FIXED_WEIGHTS)
            .monteCarlo(500, 3, 2, SimulationMonitor.NONE);
        assertTrue(fixed.councils().stream().allMatch(c -> c.pFlip() == 0), "nothing perturbed, nothing moves");
        UncertainScheme shifted = UncertainScheme.prepare(framework, scheme, data, null,
            FIXED_WEIGHTS.withThresholds(10, List.of("rag-target")));
        assertTrue(shifted.fastPath(), shifted.generalPathReason());
        MonteCarloResult result = shifted.monteCarlo(500, 3, 2, SimulationMonitor.NONE);
        assertTrue(result.councils().stream().anyMatch(c -> c.pFlip() > 0.05), "no rating moved with RAG +-10 points");
        assertEquals(result, shifted.monteCarlo(500, 3, 1, SimulationMonitor.NONE));
    }

    /** The sample with an overall result and a thresholds rule for four percentages (see the class comment). */
    static Framework rated() throws IOException {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework("west-northamptonshire-2024.framework"));
        ScoringScheme scheme = framework.getSchemes().get(0);
        Scale rag = scheme.getScales().get(0);
        IndicatorRule percentages = F.createIndicatorRule();
        percentages.setId("pct-bands");
        percentages.setMethod(IndicatorScoringMethod.THRESHOLDS.id());
        percentages.setBanding(banding(scheme, rag, "pct-bands-b", 1, new double[][] {{0, 69}, {70, 84}, {85, 100}}));
        for (String id : List.of("2B1", "2D", "assessments-28-days", "complaints-timescale")) {
            percentages.getIndicators().add(framework.getIndicators().stream().filter(i -> i.getId().equals(id))
                .findFirst().orElseThrow());
        }
        // the first rule naming an indicator scores it
        scheme.getIndicatorRules().add(0, percentages);
        AggregationRule overall = F.createAggregationRule();
        overall.setId("agg-scorecard");
        overall.setOverall(true);
        overall.setInputs(InputSelection.INDICATORS);
        overall.setInputValue(InputValue.LEVEL_VALUE);
        overall.setMethod(AggregationMethod.MEAN.id());
        overall.setMissingData(MissingDataPolicy.EXCLUDE_AND_REWEIGHT);
        Rounding rounding = F.createRounding();
        rounding.setMode(RoundingMode.HALF_UP);
        rounding.setDecimals(1);
        overall.setRounding(rounding);
        overall.setBanding(banding(scheme, rag, "scorecard-bands", 0.1,
            new double[][] {{1, 1.6}, {1.7, 2.3}, {2.4, 3}}));
        scheme.getAggregations().add(overall);
        scheme.setRatingScale(rag);
        scheme.setRanking(RankingOrder.HIGHEST_FIRST);
        return framework;
    }

    private static Banding banding(ScoringScheme scheme, Scale scale, String id, double step, double[][] bounds) {
        Banding banding = F.createBanding();
        banding.setId(id);
        banding.setScale(scale);
        banding.setStep(step);
        for (int b = 0; b < bounds.length; b++) {
            Band band = F.createBand();
            band.setId(id + b);
            band.setLower(bounds[b][0]);
            band.setUpper(bounds[b][1]);
            band.setLevel(scale.getLevels().get(b));
            banding.getBands().add(band);
        }
        scheme.getBandings().add(banding);
        return banding;
    }

    private static DataSet data(Framework framework) throws IOException {
        DataImport imported = CouncilDataReader.read(Samples.data("west-northamptonshire-2024-councils.csv"),
            new ImportOptions(framework, null));
        if (imported.hasErrors()) {
            throw new AssertionError(imported.errors().toString());
        }
        return imported.dataSet();
    }
}
