package org.framewright.simulation;

import java.util.List;
import java.util.Map;

import org.framewright.model.AggregationMethod;
import org.framewright.model.NormalisationMethod;

/**
 * What is uncertain in a simulation. A weight is any {@code Weight} of a weighted-mean rule, or one of the implicit
 * equal weights of a mean rule (a mean is a weighted mean with equal weights); the weights of one rule form one
 * weight group, perturbed together and counted as one input in the sensitivity analysis.
 *
 * @param perturbation how each draw perturbs a weight group
 * @param amount the spread p of {@link WeightPerturbation#UNIFORM_FACTOR} or the concentration of
 *        {@link WeightPerturbation#DIRICHLET}
 * @param weightRules the ids of the rules whose weights are perturbed; empty = every weighted-mean and mean rule
 * @param methodChoices per aggregation rule id, methods drawn uniformly per draw (one input per rule)
 * @param normalisations normalisation methods drawn uniformly per draw for every normalising indicator rule (one
 *        input); empty = the scheme's normalisation throughout
 */
public record Uncertainty(WeightPerturbation perturbation, double amount, List<String> weightRules,
        Map<String, List<AggregationMethod>> methodChoices, List<NormalisationMethod> normalisations) {

    /** Copies the lists; checks the amount. */
    public Uncertainty {
        String problem = perturbation.checkAmount(amount);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        weightRules = List.copyOf(weightRules);
        methodChoices = Map.copyOf(methodChoices);
        normalisations = List.copyOf(normalisations);
    }

    /** Every weight group perturbed by {@code perturbation} with {@code amount}; methods fixed. */
    public static Uncertainty weights(WeightPerturbation perturbation, double amount) {
        return new Uncertainty(perturbation, amount, List.of(), Map.of(), List.of());
    }
}
