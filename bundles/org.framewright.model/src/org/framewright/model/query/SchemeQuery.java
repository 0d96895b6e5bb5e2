package org.framewright.model.query;

import java.util.HashSet;
import java.util.Set;

import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.ImputationMethod;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.ModelElement;
import org.framewright.model.Scale;
import org.framewright.model.ScoringScheme;

/** What a scoring scheme scores, by which rule, and on which scale. */
public final class SchemeQuery {

    private final ScoringScheme scheme;

    /** Questions about {@code scheme}. */
    public SchemeQuery(ScoringScheme scheme) {
        this.scheme = scheme;
    }

    /** The rule that computes {@code area}: the first naming it (later ones are FW-AGG-02 errors), or null. */
    public AggregationRule ruleComputing(Area area) {
        for (AggregationRule rule : scheme.getAggregations()) {
            if (rule.getAreas().contains(area)) {
                return rule;
            }
        }
        return null;
    }

    /** The rule that computes the overall result: the first with {@code overall} set, or null. */
    public AggregationRule overallRule() {
        for (AggregationRule rule : scheme.getAggregations()) {
            if (rule.isOverall()) {
                return rule;
            }
        }
        return null;
    }

    /** The scale on which the scheme rates {@code area}: that of the rule computing it, or null. */
    public Scale ratingScaleOf(Area area) {
        AggregationRule rule = area == null ? null : ruleComputing(area);
        return rule == null ? null : new AggregationRuleQuery(rule).ratingScale();
    }

    /**
     * The areas the scheme rates on a scale, as {@link #ratingScaleOf} decides, found in one pass over its rules
     * (for a question about many areas: one {@code ratingScaleOf} per area would search every rule each time).
     */
    public Set<Area> ratedAreas() {
        Set<Area> seen = new HashSet<>();
        Set<Area> rated = new HashSet<>();
        for (AggregationRule rule : scheme.getAggregations()) {
            boolean onScale = new AggregationRuleQuery(rule).ratingScale() != null;
            for (Area area : rule.getAreas()) {
                if (seen.add(area) && onScale) {
                    rated.add(area);
                }
            }
        }
        return rated;
    }

    /** The indicators that an indicator rule with a banding applies to: those the scheme gives a level. */
    public Set<Indicator> bandedIndicators() {
        Set<Indicator> banded = new HashSet<>();
        for (IndicatorRule rule : scheme.getIndicatorRules()) {
            if (rule.getBanding() != null) {
                banded.addAll(new IndicatorRuleQuery(rule).indicators());
            }
        }
        return banded;
    }

    /**
     * Whether the scheme gives {@code node} a result: for an indicator, some indicator rule applies to it; for an
     * area, some aggregation rule computes it; any other element is not a node and counts as scored.
     */
    public boolean scores(ModelElement node) {
        if (node instanceof Indicator indicator) {
            return scheme.getIndicatorRules().stream()
                .anyMatch(rule -> new IndicatorRuleQuery(rule).indicators().contains(indicator));
        }
        if (node instanceof Area area) {
            return ruleComputing(area) != null;
        }
        return true;
    }

    /**
     * Whether a time-series imputation of the scheme (latest earlier value, linear interpolation) reads the councils'
     * values in other periods than the one scored: the data must then be read whole, not only the scored period.
     */
    public boolean readsOtherPeriods() {
        return scheme.getImputations().stream().anyMatch(i -> isTimeSeries(i.getMethod()));
    }

    /** Whether {@code method} fills a value from the council's own other periods (else from its comparators). */
    public static boolean isTimeSeries(ImputationMethod method) {
        return method == ImputationMethod.LATEST_EARLIER || method == ImputationMethod.LINEAR_INTERPOLATION;
    }
}
