package org.framewright.model.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.ModelElement;
import org.framewright.model.Scale;
import org.framewright.model.Weight;

/**
 * What an aggregation rule computes, from what, and on which scale, as the scoring contract (this bundle's README,
 * "How a scheme scores") defines it. A rule computes each of its {@code areas} and, when {@code overall} is true,
 * also the overall result; the overall result is written {@code null} where a node is asked for.
 */
public final class AggregationRuleQuery {

    private final AggregationRule rule;
    private final Framework framework;

    /** Questions about {@code rule}, within the framework that contains it. */
    public AggregationRuleQuery(AggregationRule rule) {
        this(rule, new ElementQuery(rule).framework());
    }

    /** Questions about {@code rule}, within {@code framework} (for a rule whose scheme belongs to no framework). */
    public AggregationRuleQuery(AggregationRule rule, Framework framework) {
        this.rule = rule;
        this.framework = framework;
    }

    /**
     * The scale the rule rates on: its banding's scale, else its own {@code scale}, else null. The banding comes
     * first because the level of a banded score is a band's level (the ecore's {@code scale}: "Without a banding:
     * the level is the level of this scale whose value equals the score").
     */
    public Scale ratingScale() {
        return rule.getBanding() != null ? rule.getBanding().getScale() : rule.getScale();
    }

    /**
     * The inputs of one node the rule computes ({@code node} null: the overall result), in model order:
     * <ul>
     * <li>{@code children}: the node's child areas (overall: the top-level areas);</li>
     * <li>{@code leaf areas}: the areas without children below the node, not the node itself (overall: every leaf
     * area);</li>
     * <li>{@code indicators}: the node's indicators (overall: every indicator of the framework);</li>
     * <li>{@code groups}, {@code evidence categories}: the framework's disaggregations or evidence categories, read
     * from the node's own data;</li>
     * <li>{@code direct}: none (the node's own value is its one input).</li>
     * </ul>
     * Empty when the rule belongs to no framework and {@code node} is null or the inputs are data parts.
     */
    public List<? extends ModelElement> inputsOf(Area node) {
        if (framework == null && (node == null || !isStructural())) {
            return List.of();
        }
        List<Area> children = node == null ? framework.getAreas() : node.getChildren();
        return switch (rule.getInputs()) {
            case CHILDREN -> children;
            case LEAF_AREAS -> AreaTree.leaves(children);
            case INDICATORS -> node == null ? framework.getIndicators() : node.getIndicators();
            case GROUPS -> framework.getDisaggregations();
            case EVIDENCE_CATEGORIES -> framework.getEvidenceCategories();
            case DIRECT -> List.of();
        };
    }

    /** The inputs of every node the rule computes (its areas, then the overall result), each once, first seen first. */
    public List<ModelElement> inputs() {
        Set<ModelElement> inputs = new LinkedHashSet<>();
        for (Area area : rule.getAreas()) {
            inputs.addAll(inputsOf(area));
        }
        if (rule.isOverall()) {
            inputs.addAll(inputsOf(null));
        }
        return new ArrayList<>(inputs);
    }

    /** Whether the inputs are results of other nodes (areas or indicators) rather than the node's own data. */
    public boolean isStructural() {
        return switch (rule.getInputs()) {
            case CHILDREN, LEAF_AREAS, INDICATORS -> true;
            case GROUPS, EVIDENCE_CATEGORIES, DIRECT -> false;
        };
    }

    /** How far a sum of weight percentages may be from 100 and still make the whole (rounding of decimal input). */
    public static final double WEIGHT_SUM_TOLERANCE = 1e-9;

    /** The sum of the rule's weight percentages (0 without weights). */
    public double weightSum() {
        return rule.getWeights().stream().mapToDouble(Weight::getPercent).sum();
    }

    /**
     * Whether weight percentages summing to {@code sum} make the whole: 100 within {@link #WEIGHT_SUM_TOLERANCE}.
     * The one answer for FW-WEIGHT-01, FW-SCEN-01 (a scenario's changed weights) and the editor's weights section.
     */
    public static boolean isWhole(double sum) {
        return Math.abs(sum - 100) <= WEIGHT_SUM_TOLERANCE;
    }

    /** The first weight of the rule whose part has the id {@code partId}, or null. */
    public Weight weightOf(String partId) {
        for (Weight weight : rule.getWeights()) {
            if (weight.getPart() != null && partId.equals(weight.getPart().getId())) {
                return weight;
            }
        }
        return null;
    }
}
