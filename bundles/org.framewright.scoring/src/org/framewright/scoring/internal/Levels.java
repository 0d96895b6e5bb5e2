package org.framewright.scoring.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.framewright.model.AggregationRule;
import org.framewright.model.Limiter;
import org.framewright.model.ScaleLevel;
import org.framewright.model.query.AggregationRuleQuery;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.Contribution;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoringPlan.PlannedNode;

/** Turns an exact aggregate into a node result: rounding, then the level (banding or scale), then limiters. */
final class Levels {

    private Levels() {
    }

    static void noteUnrated(boolean unrated, double value, List<String> notes) {
        if (unrated) {
            notes.add("no level for " + ScoreFormat.format(value) + ": unrated");
        }
    }

    /**
     * Rounds {@code exact} by the rule, rates it and applies the limiters; {@code steps} (the aggregation so far)
     * gets the rounding, the band or level and any cap.
     */
    static NodeResult rate(PlannedNode node, BigDecimal exact, List<Contribution> inputs, List<String> notes,
            Map<String, NodeResult> own, List<String> steps) {
        AggregationRule rule = node.rule();
        BigDecimal rounded = Rounder.round(exact, rule.getRounding());
        String rounding = Rounder.describe(rule.getRounding());
        if (rounding != null && exact.compareTo(rounded) != 0) {
            notes.add(ScoreFormat.format(exact.doubleValue()) + " " + rounding + ": " + rounded.toPlainString());
        }
        ScaleLevel level = rule.getBanding() != null ? Bands.levelFor(rule.getBanding(), rounded)
            : Bands.levelWithValue(rule.getScale(), rounded);
        noteUnrated(new AggregationRuleQuery(rule).ratingScale() != null && level == null, rounded.doubleValue(), notes);
        NodeScorer.addIfAny(steps, Explanations.rounding(rule.getRounding(), exact, rounded));
        NodeScorer.addIfAny(steps, Explanations.level(rule.getBanding(), rule.getScale(), rounded, level));
        level = limit(rule, level, own, notes, steps);
        return new NodeResult(node.id(), node.kind(), null, rounded.doubleValue(), level, inputs, notes, steps);
    }

    /**
     * Caps {@code level} by every limiter whose condition node is at or below its threshold level; each cap is
     * added to {@code notes} and to {@code steps}.
     */
    static ScaleLevel limit(AggregationRule rule, ScaleLevel level, Map<String, NodeResult> own, List<String> notes,
            List<String> steps) {
        ScaleLevel result = level;
        for (Limiter limiter : rule.getLimiters()) {
            if (result == null || limiter.getCondition() == null || limiter.getAtOrBelow() == null
                    || limiter.getCap() == null) {
                continue;
            }
            NodeResult condition = own.get(limiter.getCondition().getId());
            if (condition != null && condition.level() != null
                    && condition.level().getValue() <= limiter.getAtOrBelow().getValue()
                    && result.getValue() > limiter.getCap().getValue()) {
                String cap = "capped at " + limiter.getCap().getName() + " because " + limiter.getCondition().getId()
                    + " is " + condition.rating() + " (at or below " + limiter.getAtOrBelow().getName() + ")";
                notes.add(cap);
                steps.add("limiter: " + result.getName() + " " + cap);
                result = limiter.getCap();
            }
        }
        return result;
    }
}
