package org.framewright.methods;

import java.util.Arrays;

/**
 * What a mean that needs positive inputs (harmonic, geometric, generalised of order r <= 0) does with an input of 0:
 * the rule states it as the parameter {@code nonPositive}, so the choice is explicit in the model and validated
 * (FW-EXT-02). A negative input is never accepted: no policy makes these means meaningful for it (e.g. for z-scores),
 * and the node stays unscored with a note naming the input.
 */
public enum NonPositivePolicy {

    /** An input of 0 leaves the node unscored, with a note naming the input (the default). */
    REFUSE("refuse"),

    /**
     * An input of 0 makes the result 0, the limit of the mean as that input falls to 0: an area that scores nothing
     * cannot be made up by the others.
     */
    ZERO("zero");

    /** The parameter's name in a rule. */
    public static final String PARAMETER = "nonPositive";

    private final String literal;

    NonPositivePolicy(String literal) {
        this.literal = literal;
    }

    /** What a rule writes, e.g. {@code refuse}. */
    public String literal() {
        return literal;
    }

    /** The policy written {@code literal}, {@link #REFUSE} for null, or null when no policy is written so. */
    public static NonPositivePolicy of(String literal) {
        if (literal == null) {
            return REFUSE;
        }
        return Arrays.stream(values()).filter(p -> p.literal.equals(literal.trim())).findFirst().orElse(null);
    }
}
