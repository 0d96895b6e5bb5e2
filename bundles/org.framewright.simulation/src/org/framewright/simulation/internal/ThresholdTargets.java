package org.framewright.simulation.internal;

import java.util.ArrayList;
import java.util.List;

import org.framewright.model.AggregationRule;
import org.framewright.model.Banding;
import org.framewright.model.IndicatorRule;
import org.framewright.model.IndicatorScoringMethod;
import org.framewright.model.ScoringScheme;

/**
 * Which thresholds a simulation perturbs. Bandings: named by a rule (its banding) or by the banding's id; by default
 * every banding the scheme's aggregation rules rate with (an indicator rule's banding only when named). Target RAG
 * rules, whose banding only names the levels (they rate against the target): named by the rule's id or its
 * banding's; by default every target RAG rule of the scheme.
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
            if (indicatorRule != null && isRag(indicatorRule) && found.getBands().size() < 3) {
                throw new IllegalArgumentException("target RAG rule " + id + " of scheme " + scheme.getId()
                    + " has a banding of " + found.getBands().size()
                    + " band(s), not the three (Red, Amber, Green) its RAG thresholds need");
            }
            if (!(indicatorRule != null && isRag(indicatorRule) || banding != null && onlyRag(scheme, banding))) {
                add(named, found);
            }
        }
        List<Banding> ordered = new ArrayList<>(scheme.getBandings());
        ordered.retainAll(named);
        named.stream().filter(b -> !ordered.contains(b)).forEach(ordered::add);
        return ordered;
    }

    /**
     * The target RAG rules {@code targets} name (by id or by their banding's id), in scheme order; every target RAG
     * rule with a RAG banding (three bands) when {@code targets} is empty.
     */
    static List<IndicatorRule> ragRules(ScoringScheme scheme, List<String> targets) {
        return scheme.getIndicatorRules().stream().filter(ThresholdTargets::isRag)
            .filter(r -> r.getBanding() != null && r.getBanding().getBands().size() >= 3)
            .filter(r -> targets.isEmpty() || targets.contains(r.getId()) || targets.contains(r.getBanding().getId()))
            .toList();
    }

    private static boolean isRag(IndicatorRule rule) {
        return IndicatorScoringMethod.TARGET_RAG.is(rule.getMethod());
    }

    /** Whether only target RAG rules rate with {@code banding} (so its bounds decide nothing). */
    private static boolean onlyRag(ScoringScheme scheme, Banding banding) {
        return scheme.getAggregations().stream().noneMatch(r -> r.getBanding() == banding)
            && scheme.getIndicatorRules().stream().filter(r -> r.getBanding() == banding).allMatch(ThresholdTargets::isRag)
            && scheme.getIndicatorRules().stream().anyMatch(r -> r.getBanding() == banding);
    }

    private static void add(List<Banding> bandings, Banding banding) {
        if (banding != null && !bandings.contains(banding)) {
            bandings.add(banding);
        }
    }
}
