package org.framewright.model;

/** The built-in normalisation methods ({@link IndicatorRule#getNormalisation()} holds one of these ids or a plugin's). */
public enum NormalisationMethod implements BuiltinMethod {
    /** No normalisation; the default of a rule. */
    NONE("none"),
    /** 100 x (value - min) / (max - min). */
    MIN_MAX("minmax"),
    /** (value - mean) / standard deviation. */
    Z_SCORE("zscore"),
    /** (value - median) / MAD. */
    ROBUST_Z("robust-z"),
    /** Rank among the councils, the best highest. */
    RANK("rank"),
    /** Percentile rank among the councils. */
    PERCENTILE_RANK("percentile"),
    /** 100 x (value - target) / |target|. */
    DISTANCE_TO_TARGET("distance-to-target");

    private final String id;

    NormalisationMethod(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The built-in with this id, or null when the id is a plugin's (or null). */
    public static NormalisationMethod get(String id) {
        return BuiltinMethod.find(values(), id);
    }
}
