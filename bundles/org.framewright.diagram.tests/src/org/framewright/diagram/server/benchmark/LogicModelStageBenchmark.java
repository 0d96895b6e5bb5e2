package org.framewright.diagram.server.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.glsp.graph.GModelElement;
import org.framewright.diagram.server.document.DiagramDocument;
import org.framewright.diagram.server.document.StandaloneDocumentProvider;
import org.framewright.diagram.server.layout.DiagramKey;
import org.framewright.diagram.server.layout.ElkLayouter;
import org.framewright.diagram.server.layout.LayoutStyle;
import org.framewright.diagram.server.layout.OrthogonalRouter;
import org.framewright.diagram.server.logicmodel.LogicModelGModelFactory;
import org.framewright.diagram.server.model.FramewrightModelState;
import org.framewright.validation.FrameworkValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark (not a timed test) of the stages of rendering the generated logic model of 500 elements and 800 links,
 * each timed on its own: EMF load, full validation, GModel building (includes the diagnostics the diagram uses),
 * ELK layout, lanes, orthogonal edge routes. Median of 7 runs after 3 warm-up runs; runs only with {@code -Dframewright.benchmark=true}
 * and appends to {@code target/benchmark.txt}.
 */
@EnabledIfSystemProperty(named = "framewright.benchmark", matches = "true")
class LogicModelStageBenchmark {

    @TempDir
    Path folder;

    /** The logic model factory with its stages callable one by one. */
    private static final class Stages extends LogicModelGModelFactory {
        private Content content;

        Stages(FramewrightModelState state) {
            modelState = state;
        }

        Stages build() {
            content = build(state());
            return this;
        }

        Stages layOut() {
            ElkLayouter.layout(content.nodes(), content.edges(), LayoutStyle.CHAINS_LEFT_TO_RIGHT);
            return this;
        }

        List<GModelElement> lanes() {
            arrangeAutomatically(content.nodes());
            return decorate(content.nodes());
        }

        Stages route() {
            OrthogonalRouter.route(content.nodes(), content.edges(), LayoutStyle.CHAINS_LEFT_TO_RIGHT);
            return this;
        }

        int nodes() {
            return content.nodes().size();
        }

        int edges() {
            return content.edges().size();
        }
    }

    @Test
    void timeEachStage() throws Exception {
        Path file = GeneratedLogicModel.write(folder, 500, 800, 42);
        StageTimer timer = new StageTimer();
        for (int run = 0; run < 10; run++) {
            timer.record(run >= 3);
            StandaloneDocumentProvider provider = new StandaloneDocumentProvider();
            DiagramDocument document = timer.time("load", () -> {
                try {
                    return provider.acquire(file);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            timer.time("full validation", () -> FrameworkValidation.validate(document.framework()));
            FramewrightModelState state = new FramewrightModelState();
            state.open(document, DiagramKey.logicModel(GeneratedLogicModel.LOGIC_MODEL_ID),
                    GeneratedLogicModel.LOGIC_MODEL_ID);
            Stages stages = new Stages(state);
            timer.time("GModel (with diagnostics)", stages::build);
            timer.time("ELK layout", stages::layOut);
            assertEquals(6, timer.time("lanes", stages::lanes).size());
            timer.time("orthogonal routes", stages::route);
            assertEquals(500, stages.nodes());
            assertEquals(800, stages.edges());
            provider.release(document);
        }
        String result = "logic model 500 elements / 800 links, stages (median of 7): " + timer.medians();
        System.out.println("BENCHMARK " + result);
        Files.writeString(Path.of(System.getProperty("user.dir"), "target", "benchmark.txt"), result + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
}
