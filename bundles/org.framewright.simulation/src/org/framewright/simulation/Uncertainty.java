package org.framewright.simulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.model.AggregationMethod;
import org.framewright.model.MissingDataPolicy;
import org.framewright.model.NormalisationMethod;

/**
 * What is uncertain in a simulation. A weight is any {@code Weight} of a weighted-mean rule, or one of the implicit
 * equal weights of a mean rule (a mean is a weighted mean with equal weights); the weights of one rule form one
 * weight group, perturbed together and counted as one input in the sensitivity analysis. Band thresholds and
 * missing-data policies are uncertain too: each perturbed banding's inner boundaries shift by up to
 * {@code thresholdShift} points per draw, and a rule's policy can be drawn among several.
 *
 * @param perturbation how each draw perturbs a weight group
 * @param amount the spread p of {@link WeightPerturbation#UNIFORM_FACTOR} or the concentration of
 *        {@link WeightPerturbation#DIRICHLET}
 * @param weightRules the ids of the rules whose weights are perturbed; empty = every weighted-mean and mean rule
 * @param methodChoices per aggregation rule id, methods drawn uniformly per draw (one input per rule)
 * @param normalisations normalisation methods drawn uniformly per draw for every normalising indicator rule (one
 *        input); empty = the scheme's normalisation throughout
 * @param thresholdShift K: every inner band boundary of a perturbed banding moves by an amount uniform in [-K, +K]
 *        points per draw (on the banding's step grid); 0 = thresholds fixed
 * @param thresholdTargets the rules (aggregation or indicator rule ids: their banding) and bandings whose thresholds
 *        are perturbed; empty = every banding of the scheme's aggregation rules
 * @param policyChoices per aggregation rule id, missing-data policies drawn uniformly per draw (one input per rule)
 */
public record Uncertainty(WeightPerturbation perturbation, double amount, List<String> weightRules,
        Map<String, List<AggregationMethod>> methodChoices, List<NormalisationMethod> normalisations,
        double thresholdShift, List<String> thresholdTargets, Map<String, List<MissingDataPolicy>> policyChoices) {

    /** Copies the lists; checks the amount, the shift and the policies. */
    public Uncertainty {
        String problem = perturbation.checkAmount(amount);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (!(thresholdShift >= 0) || Double.isInfinite(thresholdShift)) {
            throw new IllegalArgumentException("the threshold shift must be a number of points of at least 0, not "
                + thresholdShift);
        }
        policyChoices.forEach((rule, policies) -> {
            if (policies.isEmpty() || policies.contains(MissingDataPolicy.UNSPECIFIED)) {
                throw new IllegalArgumentException("rule " + rule + ": give one or more missing-data policies (exclude "
                    + "and re-weight, impute mean, impute median, impute lowest, fail); FW-MISSING-01 rejects none");
            }
        });
        weightRules = List.copyOf(weightRules);
        methodChoices = Map.copyOf(methodChoices);
        normalisations = List.copyOf(normalisations);
        thresholdTargets = List.copyOf(thresholdTargets);
        // kept in the caller's order: the policy inputs are drawn in scheme order anyway
        policyChoices = Map.copyOf(new LinkedHashMap<>(policyChoices));
    }

    /** Weights, methods and normalisations uncertain; thresholds and missing-data policies fixed. */
    public Uncertainty(WeightPerturbation perturbation, double amount, List<String> weightRules,
            Map<String, List<AggregationMethod>> methodChoices, List<NormalisationMethod> normalisations) {
        this(perturbation, amount, weightRules, methodChoices, normalisations, 0, List.of(), Map.of());
    }

    /** Every weight group perturbed by {@code perturbation} with {@code amount}; methods fixed. */
    public static Uncertainty weights(WeightPerturbation perturbation, double amount) {
        return new Uncertainty(perturbation, amount, List.of(), Map.of(), List.of());
    }

    /** This uncertainty with band thresholds shifted by up to {@code shift} points in {@code targets} (empty: all). */
    public Uncertainty withThresholds(double shift, List<String> targets) {
        return new Uncertainty(perturbation, amount, weightRules, methodChoices, normalisations, shift, targets,
            policyChoices);
    }

    /** This uncertainty with each listed rule's missing-data policy drawn among its policies. */
    public Uncertainty withPolicies(Map<String, List<MissingDataPolicy>> choices) {
        return new Uncertainty(perturbation, amount, weightRules, methodChoices, normalisations, thresholdShift,
            thresholdTargets, choices);
    }
}
