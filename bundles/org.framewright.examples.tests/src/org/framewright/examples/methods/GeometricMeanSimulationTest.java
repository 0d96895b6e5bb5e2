package org.framewright.examples.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandRegistry;
import org.framewright.cli.Dispatcher;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.simulation.SimulationMonitor;
import org.framewright.simulation.UncertainScheme;
import org.framewright.simulation.Uncertainty;
import org.framewright.simulation.WeightPerturbation;
import org.framewright.simulation.internal.CompositeKernel;
import org.framewright.simulation.internal.EngineDrawModel;
import org.framewright.simulation.internal.MonteCarloRun;
import org.framewright.simulation.internal.Preparation;
import org.framewright.simulation.internal.RankCounts;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The simulation computes the plugin's {@code geometric-mean} on the fast path through its primitive implementation:
 * on the geometric sample with the real 2023-24 ASCOF data and the area weights perturbed, the composite kernel
 * (which can only compute the overall node by calling the primitive) counts exactly the ranks of the general path,
 * which re-scores every draw with the engine's exact implementation; the summary line of {@code simulate} says so.
 */
class GeometricMeanSimulationTest {

    private static final String PERIOD = "2023-24";
    private static final Uncertainty AREA_WEIGHTS = new Uncertainty(WeightPerturbation.UNIFORM_FACTOR, 0.25,
        List.of("agg-areas"), Map.of(), List.of());

    @Test
    void theKernelCallsThePrimitiveAndAgreesWithTheEngineDrawByDraw() throws Exception {
        Framework framework = FrameworkFiles.loadFramework(ExampleModels.file(ExampleModels.GEOMETRIC));
        DataImport data = data(framework);
        Preparation preparation = new Preparation(framework, framework.getSchemes().get(0), data.dataSet(), PERIOD,
            AREA_WEIGHTS);
        assertNotNull(preparation.composite(), preparation.reason());
        assertEquals(List.of("geometric-mean (org.framewright.examples)"), preparation.primitives());

        CompositeKernel fast = new CompositeKernel(preparation.composite(), AREA_WEIGHTS.perturbation(),
            AREA_WEIGHTS.amount());
        EngineDrawModel general = new EngineDrawModel(preparation.baseline(), data.dataSet(), PERIOD,
            preparation.inputs(), AREA_WEIGHTS.perturbation(), AREA_WEIGHTS.amount());
        assertEquals(fast.inputNames(), general.inputNames());
        RankCounts fastCounts = MonteCarloRun.run(fast, 30, 7, 2, SimulationMonitor.NONE);
        RankCounts generalCounts = MonteCarloRun.run(general, 30, 7, 2, SimulationMonitor.NONE);
        int flips = 0;
        for (int c = 0; c < fastCounts.councils(); c++) {
            assertEquals(generalCounts.baselineRank(c), fastCounts.baselineRank(c), "council " + c);
            assertEquals(generalCounts.flips(c), fastCounts.flips(c), "council " + c);
            flips += fastCounts.flips(c);
        }
        assertEquals(generalCounts.checksum(), fastCounts.checksum());
        assertTrue(flips > 0, "perturbing the area weights moves some council's rank");
    }

    @Test
    void thePreparedSchemeSaysWhichPluginMethodsRunOnTheirPrimitives() throws Exception {
        Framework framework = FrameworkFiles.loadFramework(ExampleModels.file(ExampleModels.GEOMETRIC));
        UncertainScheme prepared = UncertainScheme.prepare(framework, framework.getSchemes().get(0),
            data(framework).dataSet(), PERIOD, AREA_WEIGHTS);
        assertTrue(prepared.fastPath(), prepared.generalPathReason());
        assertEquals(List.of("geometric-mean (org.framewright.examples)"), prepared.contributedPrimitives());
    }

    @Test
    void simulateSaysInItsSummaryLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new Dispatcher(new CommandContext(o, e, Path.of("."), "test", CommandRegistry.builtIn()), false)
                .run(List.of("simulate", ExampleModels.file(ExampleModels.GEOMETRIC).toString(), "--data",
                    SharedData.file("ascof/trend_data.csv").toString(), "--period", PERIOD, "--samples", "200",
                    "--seed", "3", "--threads", "1"));
        }
        String summary = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, summary);
        assertTrue(summary.lines().anyMatch(l -> l.startsWith("simulate: composite-geometric, 200 draws on 1 threads")
            && l.endsWith("(fast path; plugin methods on their primitives: geometric-mean (org.framewright.examples))")),
            summary);
    }

    private static DataImport data(Framework framework) throws Exception {
        DataImport imported = CouncilDataReader.read(SharedData.file("ascof/trend_data.csv"),
            new ImportOptions(framework, PERIOD));
        assertFalse(imported.hasErrors(), () -> imported.errors().toString());
        return imported;
    }
}
