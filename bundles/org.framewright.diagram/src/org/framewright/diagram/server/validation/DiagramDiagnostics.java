package org.framewright.diagram.server.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.glsp.graph.GIssue;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GraphFactory;
import org.eclipse.glsp.graph.builder.impl.GIssueMarkerBuilder;
import org.framewright.model.Framework;

/**
 * Validation results per model element, and the decoration of offending nodes: an issue marker in the node's
 * top-right corner (its tooltip lists the messages) and the CSS class {@code fw-error} or {@code fw-warning}.
 * Results come from EMF's {@link Diagnostician}, which runs every validator registered for the metamodel (the
 * Framewright rules of {@code org.framewright.validation} register there).
 */
public final class DiagramDiagnostics {

    private final Map<EObject, List<GIssue>> issues = new HashMap<>();

    private DiagramDiagnostics() {
    }

    /** Validates {@code framework} and collects the issues of each element. */
    public static DiagramDiagnostics of(Framework framework) {
        DiagramDiagnostics diagnostics = new DiagramDiagnostics();
        diagnostics.collect(Diagnostician.INSTANCE.validate(framework));
        return diagnostics;
    }

    private void collect(Diagnostic diagnostic) {
        if (diagnostic.getSeverity() >= Diagnostic.WARNING && !diagnostic.getData().isEmpty()
                && diagnostic.getData().get(0) instanceof EObject element && diagnostic.getChildren().isEmpty()) {
            GIssue issue = GraphFactory.eINSTANCE.createGIssue();
            issue.setSeverity(diagnostic.getSeverity() >= Diagnostic.ERROR ? "error" : "warning");
            issue.setMessage(diagnostic.getMessage());
            issues.computeIfAbsent(element, key -> new ArrayList<>()).add(issue);
        }
        diagnostic.getChildren().forEach(this::collect);
    }

    /** The issues of {@code element} (empty when it is valid). */
    public List<GIssue> issuesOf(EObject element) {
        return issues.getOrDefault(element, List.of());
    }

    /** Adds the marker and CSS class for {@code element}'s issues to its {@code node}. */
    public void decorate(GNode node, EObject element) {
        List<GIssue> found = issuesOf(element);
        if (found.isEmpty()) {
            return;
        }
        boolean error = found.stream().anyMatch(issue -> "error".equals(issue.getSeverity()));
        node.getCssClasses().add(error ? "fw-error" : "fw-warning");
        node.getChildren().add(new GIssueMarkerBuilder().id(node.getId() + "_issues").addIssues(found)
                .position(node.getSize().getWidth() - 10, -6).size(16, 16).build());
    }
}
