package org.framewright.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code benchmark-simulation --export-for-c} writes for {@code releng/benchmarks/simulate_rating_loop.c}: the
 * rating kernel's compiled model, read back, holds the run's random streams, the category weights, every evidence
 * category score of the 153 generated CQC councils and the kernel's baseline order.
 */
class SimulationBenchmarkExportTest {

    @TempDir
    Path folder;

    @Test
    void cqcExportHoldsTheWeightsScoresAndBaselineOrderOfTheKernel() throws IOException {
        Framework framework = CqcCouncils.framework();
        ScoringScheme scheme = CqcCouncils.rating(framework);
        CqcCouncils.weighCategories(framework, scheme);
        DataSet data = CqcCouncils.generated(153, 2023);
        Uncertainty uncertainty = weights(WeightPerturbation.UNIFORM_FACTOR, 0.25);
        SimulationBenchmark.ofPath(framework, scheme, data, null, uncertainty, false, List.of(200L), 7, 2, folder,
            m -> { });
        List<String[]> lines = Files.readAllLines(folder.resolve("rating-153.txt")).stream().map(l -> l.split(" "))
            .toList();
        assertEquals("1", field(lines, "framewright-rating-model")[1]);
        assertEquals("153", field(lines, "councils")[1]);
        assertEquals("7", field(lines, "seed")[1]);
        assertEquals(0.25, Double.parseDouble(field(lines, "uniform-factor")[1]));
        // the rating scale's four levels; the overall rating ranks highest first
        assertEquals("4", field(lines, "rating-levels")[1]);
        assertEquals(-1.0, Double.parseDouble(field(lines, "rank-sign")[1]));
        // one perturbed group, agg-statements: the six category weights (people 25 %, the others 15 %), then nine
        // parts the rule gives no weight (drawn from base 0, so they stay 0)
        assertEquals(List.of("group", "0", "15"), List.of(field(lines, "group")));
        List<Double> base = Arrays.stream(field(lines, "perturb-base")).skip(1).map(Double::parseDouble).toList();
        assertEquals(List.of(25.0, 15.0, 15.0, 15.0, 15.0, 15.0), base.subList(0, 6));
        assertEquals(Collections.nCopies(9, 0.0), base.subList(6, 15));
        // every quality statement's evidence categories, a score 1-4 per council or NaN where unscored
        List<String[]> leaves = lines.stream().filter(l -> l[0].equals("leaf")).toList();
        assertEquals(9 * 6, leaves.size());
        int unscored = 0;
        for (String[] leaf : leaves) {
            assertEquals(1 + 153, leaf.length);
            for (int c = 1; c < leaf.length; c++) {
                double score = Double.parseDouble(leaf[c]);
                unscored += score != score ? 1 : 0;
                assertTrue(score != score || Set.of(1.0, 2.0, 3.0, 4.0).contains(score), leaf[c]);
            }
        }
        // cqc_councils.sh leaves a category unscored one time in six
        assertTrue(unscored > 153 * 54 / 10 && unscored < 153 * 54 / 4, unscored + " unscored");
        assertBaselineOrder(field(lines, "anchor"),
            UncertainScheme.prepare(framework, scheme, data, null, uncertainty).monteCarlo(1, 7, 1,
                SimulationMonitor.NONE));
    }

    @Test
    void dirichletWeightsAreNotExportedForTheCLoop() throws IOException {
        Framework framework = CqcCouncils.framework();
        ScoringScheme scheme = CqcCouncils.rating(framework);
        CqcCouncils.weighCategories(framework, scheme);
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
            () -> SimulationBenchmark.ofPath(framework, scheme, CqcCouncils.generated(20, 1), null,
                weights(WeightPerturbation.DIRICHLET, 50), false, List.of(10L), 1, 1, folder, m -> { }));
        assertEquals("cannot export the rating model for the C loop: the C loop draws uniform weight factors only",
            refusal.getMessage());
        assertFalse(Files.exists(folder.resolve("rating-20.txt")), "a refused export leaves no file");
    }

    /** The anchor lists every council once, in the order of the engine's baseline ranks (unranked last). */
    private static void assertBaselineOrder(String[] anchor, MonteCarloResult baseline) {
        List<Integer> order = new ArrayList<>();
        for (int p = 1; p < anchor.length; p++) {
            order.add(Integer.parseInt(anchor[p]));
        }
        assertEquals(153, order.size());
        assertEquals(153, Set.copyOf(order).size());
        int previous = 0;
        boolean unranked = false;
        for (int council : order) {
            Integer rank = baseline.councils().get(council).baselineRank();
            if (rank == null) {
                unranked = true;
                continue;
            }
            assertFalse(unranked, "a ranked council after an unranked one");
            assertTrue(rank >= previous, "council " + council + " ranked " + rank + " after rank " + previous);
            previous = rank;
        }
        assertTrue(previous > 1, "the baseline ranks councils apart");
    }

    private static Uncertainty weights(WeightPerturbation perturbation, double amount) {
        return new Uncertainty(perturbation, amount, List.of("agg-statements"), Map.of(), List.of());
    }

    private static String[] field(List<String[]> lines, String name) {
        return lines.stream().filter(l -> l[0].equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no line " + name));
    }
}
