package org.framewright.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.io.ComparatorGroupImport;
import org.framewright.io.ComparatorGroupReader;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.ImportOptions;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringResult;
import org.framewright.simulation.internal.CompositeKernel;
import org.framewright.simulation.internal.EngineDrawModel;
import org.framewright.simulation.internal.MonteCarloRun;
import org.framewright.simulation.internal.Preparation;
import org.framewright.simulation.internal.RankCounts;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The fast path and the general path (re-scoring with the engine per draw) draw the same random streams in the same
 * order, so on a scheme both can run they must count the same ranks: real ASCOF data, area weights perturbed.
 */
class FastAndGeneralPathTest {

    @Test
    void bothPathsCountTheSameRanks() throws IOException {
        assertSameRanks(AscofData.framework(), AscofData.composite(), AscofData.data());
    }

    /**
     * The data treatments (denomination, imputation from the nearest neighbours, the availability screen, outlier
     * treatment) come before anything a draw perturbs, so both paths start from the same treated values: the sample
     * ascof-2023-24-treated on the real data with Oflog's groups, three councils screened out.
     */
    @Test
    void bothPathsCountTheSameRanksOnTreatedData() throws IOException {
        Framework treated = FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24-treated.framework"));
        DataSet data = CouncilDataReader.read(SharedData.file("ascof/trend_data.csv"),
            new ImportOptions(treated, AscofData.PERIOD)).dataSet();
        ComparatorGroupImport groups = ComparatorGroupReader.read(SharedData.file("oflog/NN.json"));
        groups.groups().forEach(g -> data.getComparatorGroups().add(EcoreUtil.copy(g)));
        ScoringScheme scheme = treated.getSchemes().get(0);
        ScoringResult baseline = ScoringEngine.score(treated, scheme, data, AscofData.PERIOD);
        assertTrue(baseline.notes().stream().anyMatch(n -> n.startsWith("availability screen screen-75")
            && n.contains("3 council(s) unscored")), baseline.notes().toString());
        assertSameRanks(treated, scheme, data);
    }

    private static void assertSameRanks(Framework framework, ScoringScheme scheme, DataSet data) {
        Uncertainty uncertainty = new Uncertainty(WeightPerturbation.UNIFORM_FACTOR, 0.25, List.of("agg-overall"),
            Map.of(), List.of());
        Preparation preparation = new Preparation(framework, scheme, data, AscofData.PERIOD, uncertainty);
        assertNotNull(preparation.composite(), preparation.reason());
        CompositeKernel fast = new CompositeKernel(preparation.composite(), uncertainty.perturbation(),
            uncertainty.amount());
        EngineDrawModel general = new EngineDrawModel(preparation.baseline(), data, AscofData.PERIOD,
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
