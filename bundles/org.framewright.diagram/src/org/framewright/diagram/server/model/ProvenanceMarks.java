package org.framewright.diagram.server.model;

import java.util.List;

import org.eclipse.glsp.graph.GIssue;
import org.eclipse.glsp.graph.GIssueMarker;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GraphFactory;
import org.eclipse.glsp.graph.builder.impl.GIssueMarkerBuilder;
import org.framewright.diagram.server.filter.DiagramFilter;
import org.framewright.diagram.server.validation.DiagramDiagnostics;
import org.framewright.model.Indicator;
import org.framewright.model.ModelElement;
import org.framewright.model.Provenance;
import org.framewright.model.ProvenanceStatus;
import org.framewright.model.query.ProvenanceQuery;

/**
 * The conditional style of the Provenance layer ({@link DiagramFilter#SHOW_PROVENANCE}, issue 19): a node whose
 * element, or one of whose attributes, is inferred or invented gets the CSS class {@code fw-provenance-inferred} (or
 * {@code -invented}: a dashed outline) and an information marker in its top-left corner whose tooltip gives each
 * such fact with its reason, one a line. With the layer off it adds nothing.
 */
public final class ProvenanceMarks {

    /** Suffix of the marker's id after its node's id. */
    public static final String MARKER_SUFFIX = "_provenance";

    private final boolean shown;

    private ProvenanceMarks(boolean shown) {
        this.shown = shown;
    }

    /** The marks for the state's diagram: active when its Provenance layer is on. */
    public static ProvenanceMarks of(FramewrightModelState state) {
        return new ProvenanceMarks(state.filters().contains(DiagramFilter.SHOW_PROVENANCE));
    }

    /** Marks {@code node} when the layer is on and {@code element} has an inferred or invented fact. */
    public void decorate(GNode node, ModelElement element) {
        List<Provenance> readings = shown ? ProvenanceQuery.unstatedReadings(element) : List.of();
        if (readings.isEmpty()) {
            return;
        }
        boolean invented = readings.stream().anyMatch(p -> p.getStatus() == ProvenanceStatus.INVENTED);
        node.getCssClasses().add(invented ? "fw-provenance-invented" : "fw-provenance-inferred");
        List<String> messages = readings.stream().map(ProvenanceQuery::describe).toList();
        List<GIssue> issues = messages.stream().map(ProvenanceMarks::issue).toList();
        GIssueMarker marker = new GIssueMarkerBuilder().id(node.getId() + MARKER_SUFFIX).addIssues(issues)
                .position(-6, -6).size(16, 16).build();
        // as for validation markers, the client reads the issues from the marker's args (one a line)
        marker.getArgs().put(DiagramDiagnostics.SEVERITIES_ARGUMENT,
                String.join("\n", messages.stream().map(m -> "info").toList()));
        marker.getArgs().put(DiagramDiagnostics.MESSAGES_ARGUMENT, String.join("\n", messages));
        node.getChildren().add(marker);
    }

    /**
     * Gives the indicator badges of {@code node} (one per indicator of {@code indicators}) the CSS class of their
     * indicator's inferred or invented facts, when the layer is on.
     */
    public void decorateBadges(GNode node, List<Indicator> indicators) {
        if (!shown) {
            return;
        }
        for (Indicator indicator : indicators) {
            List<Provenance> readings = ProvenanceQuery.unstatedReadings(indicator);
            if (readings.isEmpty()) {
                continue;
            }
            String badgeId = node.getId() + "_ind_" + indicator.getId();
            boolean invented = readings.stream().anyMatch(p -> p.getStatus() == ProvenanceStatus.INVENTED);
            node.getChildren().stream().filter(child -> badgeId.equals(child.getId())).forEach(
                    badge -> badge.getCssClasses().add(invented ? "fw-provenance-invented" : "fw-provenance-inferred"));
        }
    }

    private static GIssue issue(String message) {
        GIssue issue = GraphFactory.eINSTANCE.createGIssue();
        issue.setSeverity("info");
        issue.setMessage(message);
        return issue;
    }
}
