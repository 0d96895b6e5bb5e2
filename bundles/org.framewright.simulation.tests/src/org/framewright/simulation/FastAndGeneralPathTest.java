package org.framewright.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.framewright.simulation.internal.CompositeKernel;
import org.framewright.simulation.internal.EngineDrawModel;
import org.framewright.simulation.internal.MonteCarloRun;
import org.framewright.simulation.internal.Preparation;
import org.framewright.simulation.internal.RankCounts;
import org.junit.jupiter.api.Test;

/**
 * The fast path and the general path (re-scoring with the engine per draw) draw the same random streams in the same
 * order, so on a scheme both can run they must count the same ranks: real ASCOF data, area weights perturbed.
 */
class FastAndGeneralPathTest {

    @Test
    void bothPathsCountTheSameRanks() throws IOException {
        Uncertainty uncertainty = new Uncertainty(WeightPerturbation.UNIFORM_FACTOR, 0.25, List.of("agg-overall"),
            Map.of(), List.of());
        Preparation preparation = new Preparation(AscofData.framework(), AscofData.composite(), AscofData.data(),
            AscofData.PERIOD, uncertainty);
        assertNotNull(preparation.composite(), preparation.reason());
        CompositeKernel fast = new CompositeKernel(preparation.composite(), uncertainty.perturbation(),
            uncertainty.amount());
        EngineDrawModel general = new EngineDrawModel(preparation.baseline(), AscofData.data(), AscofData.PERIOD,
            preparation.inputs(), uncertainty.perturbation(), uncertainty.amount());
        assertEquals(fast.inputNames(), general.inputNames());
        RankCounts fastCounts = MonteCarloRun.run(fast, 40, 99, 2, SimulationMonitor.NONE);
        RankCounts generalCounts = MonteCarloRun.run(general, 40, 99, 2, SimulationMonitor.NONE);
        for (int c = 0; c < fastCounts.councils(); c++) {
            assertEquals(fastCounts.baselineRank(c), generalCounts.baselineRank(c));
            assertEquals(fastCounts.flips(c), generalCounts.flips(c), "council " + c);
        }
        assertEquals(fastCounts.checksum(), generalCounts.checksum());
    }
}
