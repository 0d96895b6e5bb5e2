package org.framewright.scoring;

import java.util.List;

import org.framewright.model.Council;
import org.framewright.model.Polarity;

/**
 * Normalises one indicator's values across councils. Built by {@link Normalisation#create()}; stateless.
 */
public interface Normaliser {

    /**
     * The normalised values, in the order of {@code values}; a null value stays null. When the method is undefined
     * for these values (max = min, standard deviation 0, MAD = 0, one council only, no target) every result is null
     * and {@link Normalised#problem()} says why.
     *
     * @param values one value per council, null when missing
     * @param polarity turned round for {@code lower is better} so that a higher result is always better
     * @param target the indicator's target (distance to target only), or null
     */
    Normalised normalise(List<Double> values, Polarity polarity, Double target);

    /**
     * The normalised values for a rule: what the engine calls, with the councils the values belong to (in the same
     * order) and the rule's parameter values, for methods that take parameters or name a council (a reference
     * council). The default, for methods without either, is {@link #normalise(List, Polarity, Double)}.
     *
     * @param councils the councils of {@code values}, in the same order
     * @param arguments the rule's parameter values, or the declared defaults
     */
    default Normalised normalise(List<Double> values, Polarity polarity, Double target, List<Council> councils,
            MethodArguments arguments) {
        return normalise(values, polarity, target);
    }

    /**
     * Normalised values and, when the method is undefined for the data, why.
     *
     * @param values one result per input value, null where the input was null or the method undefined
     * @param problem null, or e.g. {@code "MAD = 0: every council is at the median"}
     */
    record Normalised(List<Double> values, String problem) {
    }
}
