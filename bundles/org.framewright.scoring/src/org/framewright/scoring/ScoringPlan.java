package org.framewright.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.internal.Methods;
import org.framewright.scoring.internal.DataIndex;
import org.framewright.scoring.internal.NodeGraph;
import org.framewright.scoring.internal.ScoringRun;

/**
 * A scheme compiled once for scoring many data sets (or many perturbed runs): which rule scores which indicator,
 * which aggregation rule computes which area, and the order of the nodes (children before parents, the nodes a
 * matrix or limiter reads before the node itself). Immutable; the scheme must not change while the plan is used.
 */
public final class ScoringPlan {

    /** The node id of the overall result. */
    public static final String OVERALL = "overall";

    /**
     * An aggregated node of the plan.
     *
     * @param id the area id or {@link #OVERALL}
     * @param kind {@link NodeKind#AREA} or {@link NodeKind#OVERALL}
     * @param area the area, null for the overall result
     * @param rule the aggregation rule computing it, null when the scheme has no overall rule
     */
    public record PlannedNode(String id, NodeKind kind, Area area, AggregationRule rule) {
    }

    private final Framework framework;
    private final ScoringScheme scheme;
    private final Map<Indicator, IndicatorRule> indicatorRules = new LinkedHashMap<>();
    private final IndicatorRule defaultRule;
    private final List<PlannedNode> nodes;

    private ScoringPlan(Framework framework, ScoringScheme scheme) {
        this.framework = framework;
        this.scheme = scheme;
        IndicatorRule fallback = null;
        for (IndicatorRule rule : scheme.getIndicatorRules()) {
            if (rule.getIndicators().isEmpty()) {
                fallback = fallback == null ? rule : fallback;
            }
            rule.getIndicators().forEach(indicator -> indicatorRules.putIfAbsent(indicator, rule));
        }
        this.defaultRule = fallback;
        this.nodes = NodeGraph.order(framework, scheme);
    }

    /**
     * Compiles a scheme. The scheme's own framework (its container) is used when it has one, so that a scenario's
     * copy ({@link Scenarios#apply}) scores with its changed targets.
     *
     * @throws ScoringException when the scheme belongs to no framework, names a method no installed plugin provides
     *     (FW-EXT-01), or its rules depend on each other in a cycle
     */
    public static ScoringPlan compile(Framework framework, ScoringScheme scheme) {
        Framework owner = scheme.eContainer() instanceof Framework container ? container : framework;
        if (owner == null) {
            throw new ScoringException("scheme " + scheme.getId() + " belongs to no framework");
        }
        Methods.requireInstalled(scheme);
        Denominations.requireValid(scheme);
        Imputations.requireValid(scheme);
        AvailabilityScreens.requireValid(scheme);
        OutlierTreatments.requireValid(scheme);
        return new ScoringPlan(owner, scheme);
    }

    /** Scores a data set for a period (null: the data's only period). */
    public ScoringResult score(DataSet data, String period, ScoringMonitor monitor) {
        return new ScoringRun(this, DataIndex.of(data, period), monitor).run();
    }

    /** The framework scored. */
    public Framework framework() {
        return framework;
    }

    /** The scheme compiled. */
    public ScoringScheme scheme() {
        return scheme;
    }

    /** The rule scoring {@code indicator}: the first naming it, else the first rule with no indicators, else null. */
    public IndicatorRule ruleFor(Indicator indicator) {
        return indicatorRules.getOrDefault(indicator, defaultRule);
    }

    /**
     * The indicators scored, in framework order: those a rule names, and, when a rule names none, every indicator
     * for which {@code hasData} holds.
     */
    public List<Indicator> indicators(Predicate<String> hasData) {
        List<Indicator> scored = new ArrayList<>();
        for (Indicator indicator : framework.getIndicators()) {
            if (indicatorRules.containsKey(indicator) || defaultRule != null && hasData.test(indicator.getId())) {
                scored.add(indicator);
            }
        }
        return scored;
    }

    /** The areas and the overall result in scoring order; the overall result is always last. */
    public List<PlannedNode> nodes() {
        return nodes;
    }
}
