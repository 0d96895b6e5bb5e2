package org.framewright.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.framewright.model.AggregationMethod;
import org.framewright.scoring.CouncilResult;
import org.junit.jupiter.api.Test;

/** End to end on the real 2023-24 ASCOF results of all 153 councils, composite-minmax scheme, small N. */
class AscofMonteCarloTest {

    private static UncertainScheme prepare(Uncertainty uncertainty) throws IOException {
        return UncertainScheme.prepare(AscofData.framework(), AscofData.composite(), AscofData.data(), AscofData.PERIOD,
            uncertainty);
    }

    @Test
    void fastPathRanksTheBaselineAsTheEngineDoes() throws IOException {
        UncertainScheme scheme = prepare(Uncertainty.weights(WeightPerturbation.UNIFORM_FACTOR, 0.25));
        assertTrue(scheme.fastPath(), scheme.generalPathReason());
        assertEquals(List.of("weights of agg-areas", "weights of agg-overall"), scheme.inputs());
        MonteCarloResult result = scheme.monteCarlo(500, 7, 2, SimulationMonitor.NONE);
        assertEquals(153, result.councils().size());
        List<CouncilResult> engine = scheme.baseline().councils();
        for (int c = 0; c < engine.size(); c++) {
            assertEquals(engine.get(c).rank(), result.councils().get(c).baselineRank(),
                engine.get(c).council().getName());
        }
        assertTrue(result.levels().isEmpty(), "composite-minmax has no rating scale");
    }

    @Test
    void sensitivityPerWeightOnTheCompositeKernelHasOneInputPerAreaWeight() throws IOException {
        UncertainScheme scheme = prepare(new Uncertainty(WeightPerturbation.DIRICHLET, 20, List.of("agg-overall"),
            Map.of(), List.of()));
        assertTrue(scheme.fastPath(), scheme.generalPathReason());
        List<String> names = scheme.inputs(true);
        assertEquals(6, names.size(), names.toString());
        assertTrue(names.stream().allMatch(name -> name.matches("weight of \\S+ in agg-overall")), names.toString());
        SensitivityResult result = scheme.sensitivity(60, 3, 2, 50, 0.95, true, SimulationMonitor.NONE);
        assertEquals(names, result.indices().stream().map(SensitivityIndex::input).toList());
        assertEquals(60L * 8, result.evaluations());
        // each weight is its own stream: swapping a scored area's weight between the Saltelli matrices moves ranks;
        // an area no council has a score for drops out of every weighted mean, and renormalising the group scales
        // all weights alike, so its weight cannot move anything: total index exactly 0
        for (SensitivityIndex index : result.indices()) {
            String area = index.input().substring("weight of ".length(), index.input().indexOf(" in "));
            boolean scored = scheme.baseline().councils().stream().anyMatch(c -> c.nodes().get(area).score() != null);
            assertEquals(scored, index.total() > 0, index.toString());
        }
    }

    @Test
    void zeroPerturbationLeavesEveryCouncilAtItsBaselineRank() throws IOException {
        MonteCarloResult result = prepare(Uncertainty.weights(WeightPerturbation.UNIFORM_FACTOR, 0))
            .monteCarlo(300, 3, 2, SimulationMonitor.NONE);
        for (CouncilUncertainty council : result.councils()) {
            assertEquals(0, council.pFlip(), council.councilName());
            assertEquals(council.baselineRank(), council.rankP05());
            assertEquals(council.baselineRank(), council.medianRank());
            assertEquals(council.baselineRank(), council.rankP95());
        }
    }

    @Test
    void resultsAreIdenticalForOneTwoAndFourThreads() throws IOException {
        UncertainScheme scheme = prepare(new Uncertainty(WeightPerturbation.DIRICHLET, 50, List.of(),
            Map.of("agg-overall", List.of(AggregationMethod.MEAN, AggregationMethod.MEDIAN)), List.of()));
        MonteCarloResult one = scheme.monteCarlo(3000, 11, 1, SimulationMonitor.NONE);
        assertEquals(one, scheme.monteCarlo(3000, 11, 2, SimulationMonitor.NONE));
        assertEquals(one, scheme.monteCarlo(3000, 11, 4, SimulationMonitor.NONE));
    }

    @Test
    void moderatePerturbationBracketsEveryBaselineRank() throws IOException {
        MonteCarloResult result = prepare(Uncertainty.weights(WeightPerturbation.UNIFORM_FACTOR, 0.25))
            .monteCarlo(2000, 5, 2, SimulationMonitor.NONE);
        double flips = 0;
        for (CouncilUncertainty council : result.councils()) {
            assertTrue(council.rankP05() <= council.baselineRank() && council.baselineRank() <= council.rankP95(),
                council.councilName() + ": " + council);
            flips += council.pFlip();
        }
        assertTrue(flips > 10, "25% weight spread moves many of 153 councils, flips summed " + flips);
    }

    @Test
    void sensitivityNamesEveryInputAndFindsTheAreaWeightsMatter() throws IOException {
        UncertainScheme scheme = prepare(Uncertainty.weights(WeightPerturbation.UNIFORM_FACTOR, 0.3));
        SensitivityResult sensitivity = scheme.sensitivity(400, 9, 2, 50, 0.95, SimulationMonitor.NONE);
        assertEquals(scheme.inputs(), sensitivity.indices().stream().map(SensitivityIndex::input).toList());
        assertEquals(400L * 4, sensitivity.evaluations());
        for (SensitivityIndex index : sensitivity.indices()) {
            assertTrue(index.total() > 0.05 && index.total() < 1.5, index.toString());
            assertTrue(index.totalLow() <= index.total() && index.total() <= index.totalHigh(), index.toString());
        }
    }

    @Test
    void cancellingStopsTheRun() throws IOException {
        UncertainScheme scheme = prepare(Uncertainty.weights(WeightPerturbation.UNIFORM_FACTOR, 0.25));
        int[] reports = new int[1];
        SimulationMonitor cancelAfterFirstChunk = new SimulationMonitor() {
            @Override
            public void progress(int done, int total) {
                reports[0]++;
            }

            @Override
            public boolean isCancelled() {
                return reports[0] > 0;
            }
        };
        boolean cancelled = false;
        try {
            scheme.monteCarlo(1_000_000, 1, 1, cancelAfterFirstChunk);
        } catch (SimulationCancelledException e) {
            cancelled = true;
        }
        assertTrue(cancelled);
        assertFalse(reports[0] > 5, "stopped soon after the first progress report");
    }
}
