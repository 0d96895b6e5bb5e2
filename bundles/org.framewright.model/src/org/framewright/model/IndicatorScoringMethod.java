package org.framewright.model;

/** The built-in indicator scoring methods ({@link IndicatorRule#getMethod()} holds one of these ids or a plugin's). */
public enum IndicatorScoringMethod implements BuiltinMethod {
    /** The value as it is (e.g. a judged grade); the default of a rule. */
    VALUE("value"),
    /** The value normalised across councils by the rule's normalisation. */
    NORMALISE("normalise"),
    /** The value banded by the rule's thresholds. */
    THRESHOLDS("thresholds"),
    /** Red, amber or green against the indicator's target. */
    TARGET_RAG("target RAG"),
    /** The percentile rank within the council's comparator group. */
    COMPARATOR_POSITION("comparator position");

    private final String id;

    IndicatorScoringMethod(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The built-in with this id, or null when the id is a plugin's (or null). */
    public static IndicatorScoringMethod get(String id) {
        return BuiltinMethod.find(values(), id);
    }
}
