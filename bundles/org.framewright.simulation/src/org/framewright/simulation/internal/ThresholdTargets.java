package org.framewright.simulation.internal;

import java.util.ArrayList;
import java.util.List;

import org.framewright.model.AggregationRule;
import org.framewright.model.Banding;
import org.framewright.model.IndicatorRule;
import org.framewright.model.ScoringScheme;

/**
 * Which bandings' thresholds a simulation perturbs: named by a rule (its banding) or by the banding's id; by default
 * every banding the scheme's aggregation rules rate with (an indicator rule's banding only when named).
 */
final class ThresholdTargets {

    private ThresholdTargets() {
    }

    /** The bandings {@code targets} name, in scheme order, each once. */
    static List<Banding> bandings(ScoringScheme scheme, List<String> targets) {
        List<Banding> named = new ArrayList<>();
        if (targets.isEmpty()) {
            scheme.getAggregations().stream().map(AggregationRule::getBanding).forEach(b -> add(named, b));
        }
        for (String id : targets) {
            Banding banding = scheme.getBandings().stream().filter(b -> id.equals(b.getId())).findFirst()
                .orElse(null);
            AggregationRule rule = scheme.getAggregations().stream().filter(r -> id.equals(r.getId())).findFirst()
                .orElse(null);
            IndicatorRule indicatorRule = scheme.getIndicatorRules().stream().filter(r -> id.equals(r.getId()))
                .findFirst().orElse(null);
            if (banding == null && rule == null && indicatorRule == null) {
                throw new IllegalArgumentException("scheme " + scheme.getId() + " has no rule or banding " + id);
            }
            Banding found = banding != null ? banding : rule != null ? rule.getBanding() : indicatorRule.getBanding();
            if (found == null) {
                throw new IllegalArgumentException("rule " + id + " of scheme " + scheme.getId()
                    + " rates with no banding, so it has no thresholds to perturb");
            }
            add(named, found);
        }
        List<Banding> ordered = new ArrayList<>(scheme.getBandings());
        ordered.retainAll(named);
        named.stream().filter(b -> !ordered.contains(b)).forEach(ordered::add);
        return ordered;
    }

    private static void add(List<Banding> bandings, Banding banding) {
        if (banding != null && !bandings.contains(banding)) {
            bandings.add(banding);
        }
    }
}
