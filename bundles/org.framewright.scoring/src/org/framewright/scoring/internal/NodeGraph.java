package org.framewright.scoring.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.InputSelection;
import org.framewright.model.Limiter;
import org.framewright.model.ScoringScheme;
import org.framewright.model.query.AggregationRuleQuery;
import org.framewright.model.query.AreaTree;
import org.framewright.model.query.SchemeQuery;
import org.framewright.scoring.NodeKind;
import org.framewright.scoring.ScoringException;
import org.framewright.scoring.ScoringPlan;
import org.framewright.scoring.ScoringPlan.PlannedNode;

/**
 * Orders the aggregated nodes of a scheme: areas children first (post-order of the area tree), every node after the
 * nodes it reads (inputs, matrix row and column, limiter conditions), and {@code overall} last.
 */
public final class NodeGraph {

    private final Map<String, PlannedNode> byId = new LinkedHashMap<>();
    private final Framework framework;
    private final List<PlannedNode> ordered = new ArrayList<>();
    private final Set<String> done = new HashSet<>();
    private final Set<String> visiting = new HashSet<>();

    private NodeGraph(Framework framework) {
        this.framework = framework;
    }

    /** The scheme's aggregated nodes in scoring order, {@code overall} (ruled or not) last. */
    public static List<PlannedNode> order(Framework framework, ScoringScheme scheme) {
        NodeGraph graph = new NodeGraph(framework);
        for (AggregationRule rule : scheme.getAggregations()) {
            for (Area area : rule.getAreas()) {
                graph.byId.putIfAbsent(area.getId(), new PlannedNode(area.getId(), NodeKind.AREA, area, rule));
            }
        }
        for (Area area : AreaTree.postOrder(framework.getAreas())) {
            graph.visit(area.getId());
        }
        PlannedNode overallNode = new PlannedNode(ScoringPlan.OVERALL, NodeKind.OVERALL, null,
            new SchemeQuery(scheme).overallRule());
        graph.dependencies(overallNode).forEach(graph::visit);
        graph.ordered.add(overallNode);
        return List.copyOf(graph.ordered);
    }

    private void visit(String id) {
        PlannedNode node = byId.get(id);
        if (node == null || done.contains(id)) {
            return;
        }
        if (!visiting.add(id)) {
            throw new ScoringException("the rules of area " + id + " depend on the area itself (a cycle)");
        }
        dependencies(node).forEach(this::visit);
        visiting.remove(id);
        done.add(id);
        ordered.add(node);
    }

    private List<String> dependencies(PlannedNode node) {
        List<String> ids = new ArrayList<>();
        AggregationRule rule = node.rule();
        if (rule == null) {
            return ids;
        }
        if (rule.getInputs() == InputSelection.CHILDREN || rule.getInputs() == InputSelection.LEAF_AREAS) {
            new AggregationRuleQuery(rule, framework).inputsOf(node.area()).forEach(area -> ids.add(area.getId()));
        }
        if (rule.getMatrix() != null) {
            if (rule.getMatrix().getRowNode() != null) {
                ids.add(rule.getMatrix().getRowNode().getId());
            }
            if (rule.getMatrix().getColumnNode() != null) {
                ids.add(rule.getMatrix().getColumnNode().getId());
            }
        }
        for (Limiter limiter : rule.getLimiters()) {
            if (limiter.getCondition() != null) {
                ids.add(limiter.getCondition().getId());
            }
        }
        return ids;
    }
}
