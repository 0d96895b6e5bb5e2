package org.framewright.diagram.server.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GIssueMarker;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.framewright.diagram.server.DiagramSession;
import org.framewright.diagram.server.filter.DiagramFilter;
import org.framewright.diagram.server.filter.ToggleFilterAction;
import org.framewright.diagram.server.model.ProvenanceMarks;
import org.framewright.diagram.server.validation.DiagramDiagnostics;
import org.framewright.model.Area;
import org.framewright.model.EvidenceItem;
import org.framewright.model.Indicator;
import org.framewright.model.query.ProvenanceQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The structure diagram's evidence-item layer (CQC's items hang below their quality statement) and its Provenance
 * layer (issue 19): inferred facts get a dashed outline class and a marker giving the reason; both layers are kept
 * in the layout file like the other filters.
 */
class EvidenceAndProvenanceLayersTest {

    @TempDir
    Path folder;

    @Test
    void evidenceItemsHangBelowTheirQualityStatementWhenTheLayerIsOn() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample("cqc-la-2023.framework", folder, null)) {
            assertEquals(0, diagram.nodes(StructureTypes.EVIDENCE_ITEM).size(), "layer off by default");
            diagram.dispatch(new ToggleFilterAction(DiagramFilter.SHOW_EVIDENCE_ITEMS, true));
            // new nodes are first put clear of the placed ones; arrange all lays the tree out again
            diagram.dispatch(new LayoutOperation());

            assertEquals(65, diagram.nodes(StructureTypes.EVIDENCE_ITEM).size());
            Area qs7 = (Area) diagram.state().framework().eResource().getEObject("QS7");
            assertEquals(5, qs7.getEvidenceItems().size());
            for (EvidenceItem item : qs7.getEvidenceItems()) {
                GEdge edge = (GEdge) diagram.element("contains_QS7_" + item.getId());
                GNode parent = (GNode) diagram.element(edge.getSourceId());
                GNode child = (GNode) diagram.element(edge.getTargetId());
                assertEquals(StructureTypes.EVIDENCE_ITEM, child.getType());
                assertTrue(child.getPosition().getY() > parent.getPosition().getY(), "below its statement");
                assertTrue(child.getCssClasses().contains("fw-evidence-descriptor"), child.getCssClasses().toString());
            }
            assertTrue(diagram.state().layout().filters(diagram.state().diagramKey()).contains("SHOW_EVIDENCE_ITEMS"),
                "kept in the layout like the other layers");
        }
    }

    @Test
    void theProvenanceLayerMarksInferredPolaritiesWithTheirReason() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample("adass-2020-option-one.framework", folder, null)) {
            Indicator inferred = diagram.state().framework().getIndicators().stream()
                .filter(i -> ProvenanceQuery.of(i, "polarity") != null).findFirst().orElseThrow();
            GNode node = (GNode) diagram.element(inferred.getId());
            assertFalse(node.getCssClasses().contains("fw-provenance-inferred"), "layer off by default");
            assertTrue(marker(node).isEmpty());

            diagram.dispatch(new ToggleFilterAction(DiagramFilter.SHOW_PROVENANCE, true));

            node = (GNode) diagram.element(inferred.getId());
            assertTrue(node.getCssClasses().contains("fw-provenance-inferred"), node.getCssClasses().toString());
            GIssueMarker marker = marker(node).get(0);
            String messages = marker.getArgs().get(DiagramDiagnostics.MESSAGES_ARGUMENT).toString();
            assertTrue(messages.startsWith("inferred polarity: 001 states no polarity"), messages);
            assertEquals("info", marker.getArgs().get(DiagramDiagnostics.SEVERITIES_ARGUMENT));
            long marked = diagram.nodes(StructureTypes.INDICATOR).stream()
                .filter(n -> n.getCssClasses().contains("fw-provenance-inferred")).count();
            long readings = diagram.state().framework().getIndicators().stream()
                .filter(i -> diagram.state().getIndex().get(i.getId()).isPresent())
                .filter(i -> !ProvenanceQuery.unstatedReadings(i).isEmpty()).count();
            assertEquals(readings, marked);
            assertTrue(marked > 40, "Option One's inferred polarities: " + marked);

            diagram.dispatch(new ToggleFilterAction(DiagramFilter.SHOW_PROVENANCE, false));
            assertTrue(marker((GNode) diagram.element(inferred.getId())).isEmpty(), "off again");
        }
    }

    private static List<GIssueMarker> marker(GNode node) {
        return node.getChildren().stream().filter(GIssueMarker.class::isInstance).map(GIssueMarker.class::cast)
            .filter(m -> m.getId().endsWith(ProvenanceMarks.MARKER_SUFFIX)).toList();
    }
}
