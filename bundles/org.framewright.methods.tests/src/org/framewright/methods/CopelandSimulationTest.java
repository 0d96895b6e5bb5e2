package org.framewright.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Indicator;
import org.framewright.model.Observation;
import org.framewright.model.Weight;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.simulation.UncertainScheme;
import org.framewright.simulation.Uncertainty;
import org.framewright.simulation.WeightPerturbation;
import org.framewright.simulation.internal.CompositeKernel;
import org.framewright.simulation.internal.DrawModel;
import org.framewright.simulation.internal.DrawRandom;
import org.framewright.simulation.internal.EngineDrawModel;
import org.framewright.simulation.internal.Preparation;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Copeland on the simulation's fast path: the composite kernel calls Copeland's comparative primitive across the
 * councils each draw, and must give the ranks of the general path (the engine re-scoring every draw with Copeland's
 * exact comparison) in every draw: on the sample with the real 2023-24 ASCOF data (the area means' weights
 * perturbed), and on random data made for ties (few distinct values, missing values, councils with nothing) with
 * the Copeland rule unweighted, weighted by whole percents and by decimals whose sums tie only exactly.
 */
class CopelandSimulationTest {

    private static final String PERIOD = "2023-24";
    private static final Uncertainty AREA_WEIGHTS = new Uncertainty(WeightPerturbation.UNIFORM_FACTOR, 0.25,
        List.of("agg-areas"), Map.of(), List.of());
    private static final FrameworkFactory F = FrameworkFactory.eINSTANCE;
    /** Input values the kernel's comparative node recomputed in decimals, over the draws of a test. */
    private static long recomputed;

    @Test
    void theKernelGivesTheEnginesRanksInEveryDrawOnTheRealData() throws Exception {
        Framework framework = FrameworkFiles.loadFramework(AscofMethodsTest.model(CopelandAscofTest.COPELAND));
        DataImport data = CouncilDataReader.read(SharedData.file("ascof/trend_data.csv"),
            new ImportOptions(framework, PERIOD));
        assertFalse(data.hasErrors(), () -> data.errors().toString());
        assertNull(difference(framework, data.dataSet(), AREA_WEIGHTS, 40, 16));
    }

    @Test
    void theKernelGivesTheEnginesRanksInEveryDrawOnRandomData() throws Exception {
        SplittableRandom random = new SplittableRandom(1616);
        recomputed = 0;
        for (int trial = 0; trial < 12; trial++) {
            Framework framework = FrameworkFiles.loadFramework(AscofMethodsTest.model(CopelandAscofTest.COPELAND));
            int weighting = trial % 3;
            if (weighting > 0) {
                weigh(framework, weighting == 1 ? new double[] {30, 20, 20, 10, 10, 10}
                    : new double[] {10.1, 20.2, 30.3, 20.2, 10.1, 9.1});
            }
            DataSet data = randomData(framework, 20 + random.nextInt(40), random);
            Uncertainty uncertainty = trial % 2 == 0 ? AREA_WEIGHTS
                : new Uncertainty(WeightPerturbation.DIRICHLET, 50, List.of("agg-areas"), Map.of(), List.of());
            String difference = difference(framework, data, uncertainty, 25, trial);
            assertNull(difference, "trial " + trial + " (weighting " + weighting + "): " + difference);
        }
        // ties of area scores that binary means can split are what these data are made of
        assertTrue(recomputed > 100, "near-ties settled in decimals: " + recomputed);
    }

    @Test
    void simulateSaysItRunsCopelandOnTheFastPath() throws Exception {
        Framework framework = FrameworkFiles.loadFramework(AscofMethodsTest.model(CopelandAscofTest.COPELAND));
        DataImport data = CouncilDataReader.read(SharedData.file("ascof/trend_data.csv"),
            new ImportOptions(framework, PERIOD));
        UncertainScheme prepared = UncertainScheme.prepare(framework, framework.getSchemes().get(0), data.dataSet(),
            PERIOD, AREA_WEIGHTS);
        assertTrue(prepared.fastPath(), prepared.generalPathReason());
        assertEquals(List.of("copeland (org.framewright.methods)"), prepared.contributedPrimitives());
    }

    /** Null when the kernel and the engine rank alike in every one of {@code draws} draws, else the first difference. */
    private static String difference(Framework framework, DataSet data, Uncertainty uncertainty, int draws, long seed) {
        Preparation preparation = new Preparation(framework, framework.getSchemes().get(0), data, PERIOD, uncertainty);
        assertNotNull(preparation.composite(), preparation.reason());
        assertEquals(List.of("copeland (org.framewright.methods)"), preparation.primitives());
        CompositeKernel kernel = new CompositeKernel(preparation.composite(), uncertainty.perturbation(),
            uncertainty.amount());
        DrawModel engine = new EngineDrawModel(preparation.baseline(), data, PERIOD, preparation.inputs(),
            uncertainty.perturbation(), uncertainty.amount());
        assertEquals(engine.inputNames(), kernel.inputNames());
        DrawModel.DrawWorker fast = kernel.newWorker();
        DrawModel.DrawWorker slow = engine.newWorker();
        int councils = engine.councils();
        int[] fastRanks = new int[councils];
        int[] slowRanks = new int[councils];
        int[] levels = new int[councils];
        fast.baseline(fastRanks, levels);
        slow.baseline(slowRanks, levels);
        if (!Arrays.equals(fastRanks, slowRanks)) {
            return "baseline: kernel " + Arrays.toString(fastRanks) + ", engine " + Arrays.toString(slowRanks);
        }
        int[] baseline = slowRanks.clone();
        long[] seeds = new long[engine.inputNames().size()];
        int moved = 0;
        for (int d = 0; d < draws; d++) {
            for (int i = 0; i < seeds.length; i++) {
                seeds[i] = DrawRandom.streamSeed(seed, d, i);
            }
            fast.evaluate(seeds, fastRanks, levels);
            slow.evaluate(seeds, slowRanks, levels);
            if (!Arrays.equals(fastRanks, slowRanks)) {
                return "draw " + d + ": kernel " + Arrays.toString(fastRanks) + ", engine "
                    + Arrays.toString(slowRanks);
            }
            moved += Arrays.equals(baseline, slowRanks) ? 0 : 1;
        }
        recomputed += kernel.recomputedValues(fast);
        return moved > 0 ? null : "no draw moved a rank: the comparison proves nothing";
    }

    /** Gives the Copeland rule weights per outcome area (1 to 6). */
    private static void weigh(Framework framework, double[] percents) {
        AggregationRule overall = framework.getSchemes().get(0).getAggregations().stream()
            .filter(r -> "agg-overall".equals(r.getId())).findFirst().orElseThrow();
        for (int a = 0; a < percents.length; a++) {
            Weight weight = F.createWeight();
            weight.setPart(area(framework, String.valueOf(a + 1)));
            weight.setPercent(percents[a]);
            overall.getWeights().add(weight);
        }
    }

    private static Area area(Framework framework, String id) {
        return framework.getAreas().stream().filter(a -> id.equals(a.getId())).findFirst().orElseThrow();
    }

    /**
     * {@code councils} councils whose indicator values are whole numbers 1-4 (so councils tie often on an indicator
     * and on an area), a value missing one time in five, and every tenth council without any value.
     */
    private static DataSet randomData(Framework framework, int councils, SplittableRandom random) {
        DataSet data = F.createDataSet();
        for (int c = 0; c < councils; c++) {
            Council council = F.createCouncil();
            council.setId(String.format("E0%07d", 8000000 + c));
            council.setName("Random council " + (c + 1));
            data.getCouncils().add(council);
            for (Indicator indicator : framework.getIndicators()) {
                if (c % 10 == 9 || random.nextInt(5) == 0) {
                    continue;
                }
                Observation observation = F.createObservation();
                observation.setCouncil(council);
                observation.setPeriod(PERIOD);
                observation.setNodeId(indicator.getId());
                observation.setValue((double) (1 + random.nextInt(4)));
                data.getObservations().add(observation);
            }
        }
        return data;
    }
}
