package org.framewright.simulation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.Banding;
import org.framewright.model.IndicatorRule;
import org.framewright.model.IndicatorScoringMethod;
import org.framewright.model.InputSelection;
import org.framewright.model.MissingDataPolicy;
import org.framewright.model.NormalisationMethod;
import org.framewright.model.ScoringScheme;
import org.framewright.model.Weight;
import org.framewright.model.query.AggregationRuleQuery;
import org.framewright.scoring.Contribution;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoringPlan;
import org.framewright.scoring.ScoringResult;
import org.framewright.simulation.Uncertainty;

/**
 * The uncertain inputs of a scheme, in the order both the fast and the general path draw them: the perturbed weight
 * groups (rules in scheme order, parts in the order the baseline results list them), then the method choices, then
 * the normalisation choice, then the perturbed bandings' thresholds (bandings in scheme order), then the perturbed
 * target RAG rules' boundaries (rules in scheme order), then the missing-data policy choices (rules in scheme order). Both paths consume the random streams the same way, so they
 * draw the same scenarios.
 */
public final class SchemeInputs {

    /** The weights of one rule: part ids and baseline weights (percent, or 1 each for a mean). */
    public record WeightGroup(AggregationRule rule, List<String> parts, double[] base) {
    }

    final List<WeightGroup> weightGroups = new ArrayList<>();
    final Map<AggregationRule, AggregationMethod[]> methodChoices = new LinkedHashMap<>();
    final NormalisationMethod[] normalisations;
    final List<IndicatorRule> normalisingRules = new ArrayList<>();
    final List<BandShifts> thresholds = new ArrayList<>();
    final List<RagShifts> ragThresholds = new ArrayList<>();
    final Map<AggregationRule, MissingDataPolicy[]> policyChoices = new LinkedHashMap<>();

    /** The inputs {@code uncertainty} makes of {@code scheme}, with parts read from the baseline results. */
    public SchemeInputs(ScoringPlan plan, ScoringResult baseline, Uncertainty uncertainty) {
        ScoringScheme scheme = plan.scheme();
        for (String id : uncertainty.weightRules()) {
            if (scheme.getAggregations().stream().noneMatch(rule -> id.equals(rule.getId()))) {
                throw new IllegalArgumentException("scheme " + scheme.getId() + " has no aggregation rule " + id);
            }
        }
        for (String id : uncertainty.methodChoices().keySet()) {
            if (scheme.getAggregations().stream().noneMatch(rule -> id.equals(rule.getId()))) {
                throw new IllegalArgumentException("scheme " + scheme.getId() + " has no aggregation rule " + id);
            }
        }
        for (AggregationRule rule : scheme.getAggregations()) {
            boolean weighted = AggregationMethod.WEIGHTED_MEAN.is(rule.getMethod())
                || AggregationMethod.MEAN.is(rule.getMethod());
            boolean chosen = uncertainty.weightRules().isEmpty() || uncertainty.weightRules().contains(rule.getId());
            if (weighted && chosen && rule.getInputs() != InputSelection.DIRECT) {
                List<String> parts = parts(plan, baseline, rule);
                if (parts.size() > 1) {
                    double[] base = new double[parts.size()];
                    for (int i = 0; i < base.length; i++) {
                        base[i] = AggregationMethod.MEAN.is(rule.getMethod()) ? 1 : percent(rule, parts.get(i));
                    }
                    weightGroups.add(new WeightGroup(rule, parts, base));
                }
            }
            List<AggregationMethod> methods = uncertainty.methodChoices().get(rule.getId());
            if (methods != null && !methods.isEmpty()) {
                methodChoices.put(rule, methods.toArray(AggregationMethod[]::new));
            }
        }
        normalisations = uncertainty.normalisations().toArray(NormalisationMethod[]::new);
        if (normalisations.length > 0) {
            scheme.getIndicatorRules().stream().filter(r -> IndicatorScoringMethod.NORMALISE.is(r.getMethod()))
                .forEach(normalisingRules::add);
        }
        List<Banding> perturbed = ThresholdTargets.bandings(scheme, uncertainty.thresholdTargets());
        if (uncertainty.thresholdShift() > 0) {
            perturbed.stream().filter(b -> b.getBands().size() > 1)
                .forEach(b -> thresholds.add(new BandShifts(b, uncertainty.thresholdShift())));
            ThresholdTargets.ragRules(scheme, uncertainty.thresholdTargets())
                .forEach(r -> ragThresholds.add(new RagShifts(r, uncertainty.thresholdShift())));
        }
        for (String id : uncertainty.policyChoices().keySet()) {
            if (scheme.getAggregations().stream().noneMatch(rule -> id.equals(rule.getId()))) {
                throw new IllegalArgumentException("scheme " + scheme.getId() + " has no aggregation rule " + id);
            }
        }
        for (AggregationRule rule : scheme.getAggregations()) {
            List<MissingDataPolicy> policies = uncertainty.policyChoices().get(rule.getId());
            if (policies != null) {
                policyChoices.put(rule, policies.toArray(MissingDataPolicy[]::new));
            }
        }
    }

    /** Whether thresholds or missing-data policies are uncertain (which the composite kernel does not compute). */
    public boolean perturbsRules() {
        return !thresholds.isEmpty() || !ragThresholds.isEmpty() || !policyChoices.isEmpty();
    }

    /** The perturbed bandings. */
    public List<BandShifts> thresholds() {
        return thresholds;
    }

    /** The perturbed target RAG rules. */
    public List<RagShifts> ragThresholds() {
        return ragThresholds;
    }

    /** The index of {@code rule}'s RAG input among {@link #ragThresholds()}, or -1. */
    int ragOf(IndicatorRule rule) {
        for (int r = 0; r < ragThresholds.size(); r++) {
            if (rule != null && ragThresholds.get(r).rule() == rule) {
                return r;
            }
        }
        return -1;
    }

    /** The index of {@code banding}'s threshold input among {@link #thresholds()}, or -1. */
    int thresholdOf(Banding banding) {
        for (int t = 0; t < thresholds.size(); t++) {
            if (banding != null && thresholds.get(t).banding() == banding) {
                return t;
            }
        }
        return -1;
    }

    /**
     * The input names, per rule or, {@code perInput}, with every weight ({@code weight of PART in RULE}) and every
     * band boundary ({@code boundary at 63 (Requires improvement/Good) of rating-bands}) its own input.
     */
    public List<String> names(boolean perInput) {
        if (!perInput) {
            return names();
        }
        List<String> names = new ArrayList<>();
        weightGroups.forEach(group -> group.parts().forEach(
            part -> names.add("weight of " + part + " in " + group.rule().getId())));
        methodChoices.keySet().forEach(rule -> names.add("method of " + rule.getId()));
        if (normalisations.length > 0) {
            names.add("normalisation");
        }
        thresholds.forEach(banding -> names.addAll(banding.boundaryNames()));
        ragThresholds.forEach(rag -> names.addAll(rag.boundaryNames()));
        policyChoices.keySet().forEach(rule -> names.add("missing-data policy of " + rule.getId()));
        return names;
    }

    /**
     * The input names: {@code weights of RULE}, {@code method of RULE}, {@code normalisation},
     * {@code thresholds of BANDING}, {@code RAG thresholds of RULE}, {@code missing-data policy of RULE}.
     */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        weightGroups.forEach(group -> names.add("weights of " + group.rule().getId()));
        methodChoices.keySet().forEach(rule -> names.add("method of " + rule.getId()));
        if (normalisations.length > 0) {
            names.add("normalisation");
        }
        thresholds.forEach(banding -> names.add(banding.name()));
        ragThresholds.forEach(rag -> names.add(rag.name()));
        policyChoices.keySet().forEach(rule -> names.add("missing-data policy of " + rule.getId()));
        return names;
    }

    /** The perturbed weight groups. */
    public List<WeightGroup> weightGroups() {
        return weightGroups;
    }

    /** The group of {@code rule}, or null when its weights are not perturbed. */
    public WeightGroup groupOf(AggregationRule rule) {
        return weightGroups.stream().filter(group -> group.rule() == rule).findFirst().orElse(null);
    }

    /** The percent of {@code part} in a weighted-mean rule (0 when the rule lists no weight for it). */
    static double percent(AggregationRule rule, String part) {
        Weight weight = new AggregationRuleQuery(rule).weightOf(part);
        return weight == null ? 0 : weight.getPercent();
    }

    /** The sources of the rule's nodes in the baseline results, first seen first. */
    static List<String> parts(ScoringPlan plan, ScoringResult baseline, AggregationRule rule) {
        List<String> parts = new ArrayList<>();
        for (ScoringPlan.PlannedNode node : plan.nodes()) {
            if (node.rule() == rule) {
                for (CouncilResult council : baseline.councils()) {
                    NodeResult result = council.nodes().get(node.id());
                    if (result != null) {
                        for (Contribution input : result.inputs()) {
                            if (!parts.contains(input.sourceId())) {
                                parts.add(input.sourceId());
                            }
                        }
                    }
                }
            }
        }
        return parts;
    }
}
