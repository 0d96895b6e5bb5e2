package org.framewright.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Observation;
import org.framewright.model.ScoringScheme;
import org.junit.jupiter.api.Test;

/**
 * The CQC local authority rating on the rating kernel: evidence-category scores aggregated to quality statements,
 * themes and the overall rating, with the category weights perturbed.
 */
class CqcMonteCarloTest {

    @Test
    void generatedCouncilsRunOnTheFastPathAndSomeRatingsMove() throws IOException {
        Framework framework = CqcCouncils.framework();
        ScoringScheme scheme = CqcCouncils.rating(framework);
        CqcCouncils.weighCategories(framework, scheme);
        UncertainScheme uncertain = UncertainScheme.prepare(framework, scheme, CqcCouncils.generated(153, 2023), null,
            new Uncertainty(WeightPerturbation.UNIFORM_FACTOR, 0.5, List.of(), Map.of(), List.of()));
        assertTrue(uncertain.fastPath(), uncertain.generalPathReason());
        assertEquals(List.of("weights of agg-statements"), uncertain.inputs());
        MonteCarloResult result = uncertain.monteCarlo(500, 3, 2, SimulationMonitor.NONE);
        assertEquals(List.of("Inadequate", "Requires improvement", "Good", "Outstanding"), result.levels());
        assertEquals(153, result.councils().size());
        assertTrue(result.councils().stream().anyMatch(c -> c.pFlip() > 0), "no rating moved in 500 draws");
        assertEquals(result, uncertain.monteCarlo(500, 3, 1, SimulationMonitor.NONE));
    }

    /**
     * One council, QS1 alone scored (every category): people 4, the other five 3. Weighted 25/15/15/15/15/15 the
     * statement's mean is 3.25 (score 3, 75 % of the maximum: Good); people's share must reach 51.5 % (mean 3.515,
     * rounded half up 3.52) for score 4 (100 %: Outstanding). With factors in [0.1, 1.9] people's share reaches at most 1.9 x 25 /
     * (1.9 x 25 + 0.1 x 75) = 86 %, so some draws rate it Outstanding; it never falls below Good, as every
     * category scores at least 3.
     */
    @Test
    void aCouncilNearTheTopBandIsOutstandingOnlyWhenPeoplesExperienceWeighsMore() throws IOException {
        Framework framework = CqcCouncils.framework();
        ScoringScheme scheme = CqcCouncils.rating(framework);
        CqcCouncils.weighCategories(framework, scheme);
        DataSet data = FrameworkFactory.eINSTANCE.createDataSet();
        Council council = FrameworkFactory.eINSTANCE.createCouncil();
        council.setId("E06000001");
        council.setName("Hand-checked");
        data.getCouncils().add(council);
        for (String category : CqcCouncils.CATEGORIES) {
            Observation observation = FrameworkFactory.eINSTANCE.createObservation();
            observation.setCouncil(council);
            observation.setPeriod("2023-24");
            observation.setNodeId("QS1");
            observation.setCategory(category);
            observation.setValue(category.equals("people") ? 4.0 : 3.0);
            data.getObservations().add(observation);
        }
        UncertainScheme uncertain = UncertainScheme.prepare(framework, scheme, data, null,
            new Uncertainty(WeightPerturbation.UNIFORM_FACTOR, 0.9, List.of(), Map.of(), List.of()));
        assertTrue(uncertain.fastPath(), uncertain.generalPathReason());
        CouncilUncertainty result = uncertain.monteCarlo(2000, 8, 2, SimulationMonitor.NONE).councils().get(0);
        assertEquals("Good", result.baselineRating());
        assertEquals(0, result.pLevels().get(0) + result.pLevels().get(1));
        double outstanding = result.pLevels().get(3);
        assertTrue(outstanding > 0 && outstanding < 0.5, "Outstanding in " + outstanding + " of the draws");
        assertEquals(outstanding, result.pFlip(), 1e-12);
    }
}
