package org.framewright.diagram.server.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.glsp.graph.GEdge;
import org.framewright.diagram.server.DiagramSession;
import org.framewright.diagram.server.logicmodel.LogicModelTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark (not a timed test): a generated logic model of 500 elements and 800 links is opened through GLSP
 * (model request -> EMF load -> GModel -> ELK layout -> lanes). Runs only with {@code -Dframewright.benchmark=true};
 * see the bundle README for the command. Prints the median of 7 runs after 3 warm-up runs and writes it to
 * {@code target/benchmark.txt}.
 */
@EnabledIfSystemProperty(named = "framewright.benchmark", matches = "true")
class LogicModelDiagramBenchmark {

    @TempDir
    Path folder;

    @Test
    void openAndLayOutFiveHundredElementsAndEightHundredLinks() throws Exception {
        Path file = GeneratedLogicModel.write(folder, 500, 800, 42);
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < 10; run++) {
            long start = System.nanoTime();
            try (DiagramSession diagram = DiagramSession.open(file, GeneratedLogicModel.LOGIC_MODEL_ID)) {
                long elapsed = (System.nanoTime() - start) / 1_000_000;
                assertEquals(500, diagram.nodes(LogicModelTypes.ELEMENT_PREFIX).size());
                assertEquals(800, diagram.graph().getChildren().stream().filter(GEdge.class::isInstance).count());
                if (run >= 3) {
                    millis.add(elapsed);
                }
            }
        }
        Collections.sort(millis);
        String result = "logic model 500 elements / 800 links: open + GModel + ELK layout, median "
                + millis.get(millis.size() / 2) + " ms (runs: " + millis + ")";
        System.out.println("BENCHMARK " + result);
        Files.writeString(Path.of(System.getProperty("user.dir"), "target", "benchmark.txt"), result + "\n");
    }
}
