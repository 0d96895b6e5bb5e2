package org.framewright.scoring;

import org.framewright.model.NormalisationMethod;
import org.framewright.scoring.internal.Normalisers;

/**
 * The normalisation methods of an indicator rule (model: {@link NormalisationMethod}); each literal builds its
 * {@link Normaliser}. All turn round for {@code lower is better}, so that a higher result is always better.
 */
public enum Normalisation {
    /** 100 x (value - min) / (max - min); undefined (unscored) when max = min. */
    MIN_MAX("minmax"),
    /** (value - mean) / population standard deviation; undefined when the deviation is 0. */
    Z_SCORE("zscore"),
    /** (value - median) / MAD, MAD = median of |value - median| (unscaled, as Oflog publishes); undefined when MAD = 0. */
    ROBUST_Z("robust-z"),
    /** n - (number of councils strictly better): the best is n, the worst 1, ties share the best (highest) rank. */
    RANK("rank"),
    /** 100 x (number of councils strictly worse) / (n - 1): best 100, worst 0; undefined for one council. */
    PERCENTILE("percentile"),
    /** 100 x (value - target) / |target|; undefined without a target or when it is 0. */
    DISTANCE_TO_TARGET("distance-to-target");

    private final String label;

    Normalisation(String label) {
        this.label = label;
    }

    /** The name used in models and on the command line, e.g. {@code robust-z}. */
    public String label() {
        return label;
    }

    /** Builds the normaliser. */
    public Normaliser create() {
        return Normalisers.create(this);
    }

    /** The strategy for a model's method; null for {@code none}. */
    public static Normalisation of(NormalisationMethod method) {
        return method == null ? null : fromLabel(method.getLiteral());
    }

    /** The strategy called {@code label} ({@code minmax}, {@code zscore}, ...), or null. */
    public static Normalisation fromLabel(String label) {
        for (Normalisation normalisation : values()) {
            if (normalisation.label.equals(label)) {
                return normalisation;
            }
        }
        return null;
    }
}
