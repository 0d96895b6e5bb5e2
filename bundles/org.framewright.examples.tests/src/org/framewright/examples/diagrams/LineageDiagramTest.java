package org.framewright.examples.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.protocol.InitializeParameters;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.framewright.diagram.server.FramewrightDiagrams;
import org.framewright.diagram.server.document.DiagramDocuments;
import org.framewright.diagram.server.document.StandaloneDocumentProvider;
import org.framewright.diagram.server.model.FramewrightModelState;
import org.framewright.diagram.types.DiagramType;
import org.framewright.diagram.types.DiagramTypeRegistry;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;
import org.framewright.model.LineageKind;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The indicator lineage diagram, contributed to {@code org.framewright.diagram.types} by this plugin: the registry
 * finds it, and the real GLSP server (as the workbench starts it) builds its GModel for ADASS Option One, whose
 * revised and kept indicators name the ASCOF 2019-20 ids they replace.
 */
class LineageDiagramTest {

    @TempDir
    Path folder;

    @Test
    void theContributedDiagramTypeIsInstalled() {
        DiagramType lineage = DiagramTypeRegistry.find(LineageGModelFactory.DIAGRAM_TYPE).orElseThrow(
            () -> new AssertionError("the lineage diagram type is not in the registry"));
        assertEquals("Indicator lineage", lineage.label());
        assertEquals("org.framewright.examples", lineage.contributor());
        assertEquals(FrameworkPackage.Literals.FRAMEWORK, lineage.opensOn());
        assertEquals(LineageGModelFactory.DIAGRAM_TYPE, lineage.module().getDiagramType());
    }

    @Test
    void theDiagramServerDrawsOldIdsLinkedToTheNewIndicatorsOfOptionOne() throws Exception {
        // Option One is based on ASCOF 2019-20 (basedOn href="ascof-2019-20.framework#..."): copy both side by side
        for (String sample : List.of("adass-2020-option-one.framework", "ascof-2019-20.framework")) {
            Files.copy(Samples.framework(sample), folder.resolve(sample));
        }
        DiagramDocuments.install(new StandaloneDocumentProvider());
        Injector injector = Guice.createInjector(FramewrightDiagrams.serverModule());
        GLSPServer server = injector.getInstance(GLSPServer.class);
        server.connect(message -> { });
        InitializeParameters parameters = new InitializeParameters();
        parameters.setApplicationId("framewright-examples-test");
        parameters.setProtocolVersion("1.0.0");
        server.initialize(parameters).get(30, TimeUnit.SECONDS);
        server.initializeClientSession(new InitializeClientSessionParameters("lineage", LineageGModelFactory.DIAGRAM_TYPE,
            List.of("setModel", "updateModel", "setDirtyState"))).get(30, TimeUnit.SECONDS);
        ClientSession session = injector.getInstance(ClientSessionManager.class).getSession("lineage").orElseThrow();
        FramewrightModelState state = (FramewrightModelState) session.getInjector().getInstance(GModelState.class);
        try {
            session.getActionDispatcher().dispatch(new RequestModelAction(Map.of("sourceUri",
                folder.resolve("adass-2020-option-one.framework").toString(), "diagramType",
                LineageGModelFactory.DIAGRAM_TYPE))).get(60, TimeUnit.SECONDS);
            assertEquals(LineageGModelFactory.DIAGRAM_TYPE, state.diagramKey(), "its own layout key");
            GGraph graph = (GGraph) state.getRoot();
            Map<String, GNode> nodes = new HashMap<>();
            Set<String> edges = new HashSet<>();
            for (GModelElement child : graph.getChildren()) {
                if (child instanceof GNode node) {
                    nodes.put(node.getId(), node);
                } else if (child instanceof GEdge edge) {
                    edges.add(edge.getSourceId() + " -> " + edge.getTargetId());
                }
            }
            Framework framework = state.framework();
            Set<String> expectedEdges = new HashSet<>();
            Set<String> oldIds = new HashSet<>();
            int withLineage = 0;
            for (Indicator indicator : framework.getIndicators()) {
                if (indicator.getLineage() != LineageKind.UNSPECIFIED) {
                    withLineage++;
                    assertTrue(nodes.containsKey(indicator.getId()), "a box for " + indicator.getId());
                    assertTrue(nodes.get(indicator.getId()).getCssClasses()
                        .contains("fw-lineage-" + indicator.getLineage().getLiteral()), indicator.getId());
                }
                for (String oldId : indicator.getPredecessorIds()) {
                    if (indicator.getLineage() == LineageKind.RETIRED) {
                        assertEquals(indicator.getId(), oldId, "a retired indicator names its own old id");
                        continue;
                    }
                    oldIds.add(oldId);
                    expectedEdges.add("was_" + oldId + " -> " + indicator.getId());
                }
            }
            // the sample: 4 kept, 6 revised, 45 new, 8 retired (each naming its own old id)
            assertEquals(63, withLineage);
            assertEquals(withLineage + oldIds.size(), nodes.size());
            assertEquals(expectedEdges, edges);
            assertTrue(edges.contains("was_1B -> QL1"), "QL1 revises 1B (Option One, table 5.1)");
            for (Indicator indicator : framework.getIndicators()) {
                if (indicator.getLineage() == LineageKind.RETIRED || indicator.getLineage() == LineageKind.NEW) {
                    assertTrue(edges.stream().noneMatch(edge -> edge.endsWith(" -> " + indicator.getId())),
                        indicator.getId() + " has no predecessor");
                }
            }
            // the old id is named from the basedOn framework, ASCOF 2019-20
            String oldText = nodes.get("was_1B").getChildren().stream().filter(GLabel.class::isInstance)
                .map(label -> ((GLabel) label).getText()).reduce("", (a, b) -> a + " " + b).trim();
            assertTrue(oldText.startsWith("1B Proportion of people who use services who have"), oldText);
            nodes.values().forEach(node -> assertTrue(node.getPosition() != null && node.getSize().getWidth() > 0,
                node.getId() + " is laid out"));
        } finally {
            DiagramDocuments.provider().release(state.document());
            session.dispose();
        }
    }
}
