package org.framewright.io.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.InputSelection;
import org.framewright.model.Scale;
import org.framewright.model.ScaleLevel;
import org.framewright.model.ScoringScheme;
import org.framewright.model.query.AggregationRuleQuery;

/**
 * <b>Rule:</b> when an aggregation rule of any of the framework's schemes computes an area from data given for
 * that area itself (inputs {@code direct}, {@code groups} or {@code evidence categories}), every value the data
 * gives for that area is a score on the scale the rule rates on ({@link AggregationRuleQuery#ratingScale}),
 * so it must lie between the lowest and the highest level value of that scale (CQC evidence scores 1-4, CSCI
 * grades 1-4). An area scored by several such rules must satisfy each of them.
 */
public final class ScoreRangeRule {

    private static final Set<InputSelection> DATA_INPUTS =
        Set.of(InputSelection.DIRECT, InputSelection.GROUPS, InputSelection.EVIDENCE_CATEGORIES);

    /** The allowed range of one area's values, and where it comes from (for messages). */
    public record Range(double min, double max, Scale scale, AggregationRule rule, ScoringScheme scheme) {

        boolean contains(double value) {
            return value >= min && value <= max;
        }

        String scaleLabel() {
            return scale.getName() == null ? scale.getId() : scale.getName();
        }

        String ruleLabel() {
            return "rule " + rule.getId() + " of scheme " + scheme.getId();
        }
    }

    private final Map<String, List<Range>> rangesByArea = new HashMap<>();

    private ScoreRangeRule() {
    }

    /** The ranges the schemes of {@code framework} impose. */
    public static ScoreRangeRule of(Framework framework) {
        ScoreRangeRule rule = new ScoreRangeRule();
        for (ScoringScheme scheme : framework.getSchemes()) {
            for (AggregationRule aggregation : scheme.getAggregations()) {
                Scale scale = new AggregationRuleQuery(aggregation).ratingScale();
                if (!DATA_INPUTS.contains(aggregation.getInputs()) || scale == null || scale.getLevels().isEmpty()) {
                    continue;
                }
                Range range = new Range(lowest(scale), highest(scale), scale, aggregation, scheme);
                for (Area area : aggregation.getAreas()) {
                    rule.rangesByArea.computeIfAbsent(area.getId(), id -> new ArrayList<>()).add(range);
                }
            }
        }
        return rule;
    }

    /** The first range that {@code value} given for {@code nodeId} breaks, or null when it keeps them all. */
    public Range broken(String nodeId, double value) {
        for (Range range : rangesByArea.getOrDefault(nodeId, List.of())) {
            if (!range.contains(value)) {
                return range;
            }
        }
        return null;
    }

    private static double lowest(Scale scale) {
        return scale.getLevels().stream().mapToInt(ScaleLevel::getValue).min().orElseThrow();
    }

    private static double highest(Scale scale) {
        return scale.getLevels().stream().mapToInt(ScaleLevel::getValue).max().orElseThrow();
    }
}
