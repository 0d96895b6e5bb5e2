package org.framewright.diagram.server.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GIssue;
import org.eclipse.glsp.graph.GIssueMarker;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GraphFactory;
import org.eclipse.glsp.graph.builder.impl.GIssueMarkerBuilder;
import org.framewright.model.AggregationRule;
import org.framewright.model.Framework;
import org.framewright.model.Weight;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * Validation results per model element ({@code FrameworkValidation}: the FW-&lt;AREA&gt;-&lt;NN&gt; rules, the same
 * diagnostics as the Problems view and {@code framewright validate}), and the decoration of offending nodes: an issue
 * marker in the node's top-right corner (its tooltip lists code and message of each diagnostic) and the CSS class
 * {@code fw-error} or {@code fw-warning}.
 *
 * <p>A diagnostic of an element no diagram draws is shown on the drawn elements it concerns: a scoring rule's on the
 * areas it aggregates, a weight's on its rule's areas and on the part it weighs.
 */
public final class DiagramDiagnostics {

    /** The marker argument listing the severities of its issues, one a line. */
    public static final String SEVERITIES_ARGUMENT = "severities";
    /** The marker argument listing the messages of its issues, one a line (the severities' order). */
    public static final String MESSAGES_ARGUMENT = "messages";

    private final Map<EObject, List<GIssue>> issues = new HashMap<>();

    private DiagramDiagnostics() {
    }

    /**
     * Validates {@code framework} (or reuses the results of the last validation when the model has not changed since,
     * see {@link ValidationCache}) and collects the errors and warnings of each element.
     */
    public static DiagramDiagnostics of(Framework framework) {
        DiagramDiagnostics diagnostics = new DiagramDiagnostics();
        for (ModelDiagnostic diagnostic : ValidationCache.diagnostics(framework)) {
            if (diagnostic.element() != null && diagnostic.severity() != Severity.INFO) {
                GIssue issue = GraphFactory.eINSTANCE.createGIssue();
                issue.setSeverity(diagnostic.severity() == Severity.ERROR ? "error" : "warning");
                issue.setMessage(diagnostic.code() + ": " + diagnostic.message());
                for (EObject shown : shownOn(diagnostic.element())) {
                    diagnostics.issues.computeIfAbsent(shown, key -> new ArrayList<>()).add(issue);
                }
            }
        }
        return diagnostics;
    }

    /** The diagram elements that show a diagnostic of {@code element}. */
    private static Set<EObject> shownOn(EObject element) {
        Set<EObject> shown = new LinkedHashSet<>();
        if (element instanceof Weight weight) {
            if (weight.getPart() != null) {
                shown.add(weight.getPart());
            }
            if (weight.eContainer() instanceof AggregationRule rule) {
                shown.addAll(rule.getAreas());
            }
        } else if (element instanceof AggregationRule rule) {
            shown.addAll(rule.getAreas());
        }
        shown.add(element);
        return shown;
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
        GIssueMarker marker = new GIssueMarkerBuilder().id(node.getId() + "_issues").addIssues(found)
                .position(node.getSize().getWidth() - 10, -6).size(16, 16).build();
        // the issues' own fields do not reach the web client: the marker's args carry them (one a line)
        marker.getArgs().put(SEVERITIES_ARGUMENT,
                String.join("\n", found.stream().map(GIssue::getSeverity).toList()));
        marker.getArgs().put(MESSAGES_ARGUMENT, String.join("\n", found.stream().map(GIssue::getMessage).toList()));
        node.getChildren().add(marker);
    }
}
