package org.framewright.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.MissingDataPolicy;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;

/**
 * Band thresholds and missing-data policies as uncertain inputs, on the CQC sample (two bandings of four bands:
 * statement scores and ratings, in whole percentage points) and the CSCI sample (no banding; policies drawn).
 */
class PerturbedThresholdsTest {

    private static final Uncertainty WEIGHTS = Uncertainty.weights(WeightPerturbation.UNIFORM_FACTOR, 0.25);

    @Test
    void aShiftOfZeroGivesExactlyTheUnperturbedRun() throws IOException {
        Framework cqc = sample("cqc-la-2023.framework");
        DataSet data = data(cqc, "cqc-la-2023-councils.csv");
        UncertainScheme zero = prepare(cqc, data, WEIGHTS.withThresholds(0, List.of()));
        assertEquals(run(cqc, data, WEIGHTS), zero.monteCarlo(400, 5, 2, SimulationMonitor.NONE));
        // the sample's rules take percents of the maximum: no weights, so nothing at all is perturbed
        assertEquals(List.of(), zero.inputs());
        Framework csci = sample("csci-2006.framework");
        DataSet councils = data(csci, "csci-2006-councils.csv");
        assertEquals(run(csci, councils, WEIGHTS), run(csci, councils, WEIGHTS.withThresholds(0, List.of())));
    }

    @Test
    void shiftedThresholdsMoveSomeCqcRatingsThatWeightsAloneDoNot() throws IOException {
        Framework cqc = sample("cqc-la-2023.framework");
        DataSet data = data(cqc, "cqc-la-2023-councils.csv");
        UncertainScheme shifted = prepare(cqc, data, WEIGHTS.withThresholds(3, List.of()));
        assertTrue(shifted.fastPath(), shifted.generalPathReason());
        assertEquals(List.of("thresholds of statement-bands", "thresholds of rating-bands"), shifted.inputs());
        MonteCarloResult before = run(cqc, data, WEIGHTS);
        MonteCarloResult after = shifted.monteCarlo(2000, 5, 2, SimulationMonitor.NONE);
        boolean rises = false;
        for (int c = 0; c < before.councils().size(); c++) {
            rises |= after.councils().get(c).pFlip() > before.councils().get(c).pFlip() + 0.05;
        }
        assertTrue(rises, "no council's probability of a different rating rose by 5 points with thresholds +-3");
        assertEquals(after, shifted.monteCarlo(2000, 5, 1, SimulationMonitor.NONE));
    }

    @Test
    void theResultNamesTheBoundariesAndPoliciesPerturbed() throws IOException {
        Framework cqc = sample("cqc-la-2023.framework");
        DataSet data = data(cqc, "cqc-la-2023-councils.csv");
        Uncertainty uncertainty = WEIGHTS.withThresholds(2, List.of("rating-bands")).withPolicies(Map.of(
            "agg-themes", List.of(MissingDataPolicy.EXCLUDE_AND_REWEIGHT, MissingDataPolicy.FAIL)));
        UncertainScheme scheme = prepare(cqc, data, uncertainty);
        MonteCarloResult result = scheme.monteCarlo(20, 1, 1, SimulationMonitor.NONE);
        List<String> described = PerturbedInputs.describe(result, scheme.baseline(), uncertainty);
        assertEquals(List.of("3 band boundaries of rating-bands +-2 points",
            "missing-data policy of agg-themes among exclude and re-weight|fail"),
            described.subList(described.size() - 2, described.size()));
    }

    /**
     * The statement bands decide the statements' scores, which the overall score (and so the rank) is made of: each
     * boundary is an input of the rank shift. The rating bands decide ratings only, so they do not move ranks.
     */
    @Test
    void everyBoundaryIsItsOwnInputOfTheSensitivityPerInput() throws IOException {
        Framework cqc = sample("cqc-la-2023.framework");
        DataSet data = data(cqc, "cqc-la-2023-councils.csv");
        UncertainScheme scheme = prepare(cqc, data, Uncertainty.weights(WeightPerturbation.UNIFORM_FACTOR, 0)
            .withThresholds(4, List.of()));
        assertEquals(List.of("thresholds of statement-bands", "thresholds of rating-bands"), scheme.inputs(false));
        assertEquals(List.of("boundary at 39 (1/2) of statement-bands", "boundary at 63 (2/3) of statement-bands",
            "boundary at 88 (3/4) of statement-bands",
            "boundary at 39 (Inadequate/Requires improvement) of rating-bands",
            "boundary at 63 (Requires improvement/Good) of rating-bands",
            "boundary at 88 (Good/Outstanding) of rating-bands"), scheme.inputs(true));
        SensitivityResult sensitivity = scheme.sensitivity(300, 4, 2, 50, 0.9, true, SimulationMonitor.NONE);
        SensitivityIndex moving = sensitivity.indices().stream().filter(i -> Double.isFinite(i.total()))
            .max((a, b) -> Double.compare(a.total(), b.total())).orElseThrow();
        assertTrue(moving.input().endsWith("of statement-bands") && moving.total() > 0.05
            && moving.totalLow() <= moving.total() && moving.total() <= moving.totalHigh(), moving.toString());
        for (SensitivityIndex rating : sensitivity.indices().subList(3, 6)) {
            assertTrue(!(Math.abs(rating.total()) > 0.05), rating.toString());
        }
    }

    @Test
    void aDrawnFailPolicyTakesSomeCsciStarRatingsAway() throws IOException {
        Framework csci = sample("csci-2006.framework");
        DataSet councils = data(csci, "csci-2006-councils.csv");
        Uncertainty policies = WEIGHTS.withPolicies(Map.of("agg-outcomes",
            List.of(MissingDataPolicy.EXCLUDE_AND_REWEIGHT, MissingDataPolicy.FAIL)));
        UncertainScheme scheme = prepare(csci, councils, policies);
        assertTrue(scheme.fastPath(), scheme.generalPathReason());
        MonteCarloResult before = run(csci, councils, WEIGHTS);
        MonteCarloResult after = scheme.monteCarlo(1000, 2, 2, SimulationMonitor.NONE);
        boolean rises = false;
        for (int c = 0; c < before.councils().size(); c++) {
            rises |= after.councils().get(c).pFlip() > before.councils().get(c).pFlip() + 0.2;
        }
        assertTrue(rises, "no CSCI council's probability of a different star rating rose with fail drawn");
    }

    @Test
    void namingARagBandingShiftsItsRagRuleAndASchemeWithoutOverallResultSaysWhyItTakesTheGeneralPath()
            throws IOException {
        Framework framework = sample("west-northamptonshire-2024.framework");
        DataSet data = data(framework, "west-northamptonshire-2024-councils.csv");
        UncertainScheme scheme = UncertainScheme.prepare(framework, framework.getSchemes().get(0), data, null,
            WEIGHTS.withThresholds(0.5, List.of("rag-bands")));
        // the RAG banding only names the levels: its rule's boundaries relative to the target are what shift
        assertEquals(List.of("RAG thresholds of rag-target"), scheme.inputs());
        assertFalse(scheme.fastPath());
        assertEquals("the scheme has no overall rule", scheme.generalPathReason());
    }

    @Test
    void unknownTargetsAndNegativeShiftsAreRefusedByName() throws IOException {
        Framework cqc = sample("cqc-la-2023.framework");
        DataSet data = data(cqc, "cqc-la-2023-councils.csv");
        assertEquals("scheme " + cqc.getSchemes().get(0).getId() + " has no rule or banding nope",
            assertThrows(IllegalArgumentException.class,
                () -> prepare(cqc, data, WEIGHTS.withThresholds(1, List.of("nope")))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WEIGHTS.withThresholds(-1, List.of()))
            .getMessage().contains("at least 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> prepare(cqc, data, WEIGHTS.withPolicies(
            Map.of("agg-nope", List.of(MissingDataPolicy.FAIL))))).getMessage().contains("no aggregation rule agg-nope"));
    }

    private static MonteCarloResult run(Framework framework, DataSet data, Uncertainty uncertainty) {
        return prepare(framework, data, uncertainty).monteCarlo(400, 5, 2, SimulationMonitor.NONE);
    }

    private static UncertainScheme prepare(Framework framework, DataSet data, Uncertainty uncertainty) {
        return UncertainScheme.prepare(framework, framework.getSchemes().get(0), data, null, uncertainty);
    }

    private static Framework sample(String file) throws IOException {
        return FrameworkFiles.loadFramework(Samples.framework(file));
    }

    private static DataSet data(Framework framework, String file) throws IOException {
        DataImport imported = CouncilDataReader.read(Samples.data(file), new ImportOptions(framework, null));
        if (imported.hasErrors()) {
            throw new AssertionError(imported.errors().toString());
        }
        return imported.dataSet();
    }
}
