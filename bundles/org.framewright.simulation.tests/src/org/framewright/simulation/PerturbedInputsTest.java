package org.framewright.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What a simulation perturbs, in words, on the real 2023-24 ASCOF results and the CSCI councils. */
class PerturbedInputsTest {

    @Test
    void namesTheAscofWeightGroupsWithTheirPartsAndSpread() throws IOException {
        UncertainScheme scheme = UncertainScheme.prepare(AscofData.framework(), AscofData.composite(),
            AscofData.data(), AscofData.PERIOD, Uncertainty.weights(WeightPerturbation.UNIFORM_FACTOR, 0.25));
        MonteCarloResult result = scheme.monteCarlo(10, 1, 1, SimulationMonitor.NONE);
        List<String> described = PerturbedInputs.describe(result, scheme.baseline(),
            WeightPerturbation.UNIFORM_FACTOR, 0.25);
        // agg-overall: the mean of the six outcome areas; agg-areas: the indicators with 2023-24 data, too many to list
        assertEquals("6 area weights of agg-overall (1, 2, 3, 4, 5, 6), +-25 %", described.get(1));
        assertEquals(true, described.get(0).matches("\\d+ indicator weights of agg-areas, \\+-25 %"), described.get(0));
    }

    @Test
    void aDirichletSpreadIsNamedByItsConcentration() {
        assertEquals("Dirichlet, concentration 50", PerturbedInputs.spread(WeightPerturbation.DIRICHLET, 50));
        assertEquals("+-20 %", PerturbedInputs.spread(WeightPerturbation.UNIFORM_FACTOR, 0.2));
    }

    @Test
    void theCsciClientGroupWeightsAreListed() throws IOException {
        var framework = CsciCouncils.framework();
        UncertainScheme scheme = UncertainScheme.prepare(framework, CsciCouncils.starRating(framework),
            CsciCouncils.data(), null, Uncertainty.weights(WeightPerturbation.UNIFORM_FACTOR, 0.1));
        MonteCarloResult result = scheme.monteCarlo(10, 1, 1, SimulationMonitor.NONE);
        List<String> described = PerturbedInputs.describe(result, scheme.baseline(),
            WeightPerturbation.UNIFORM_FACTOR, 0.1);
        assertEquals(result.inputs().size(), described.size());
        assertEquals(true, described.stream().anyMatch(d -> d.startsWith("5 input weights of agg-outcomes (OP, ")),
            described::toString);
    }
}
