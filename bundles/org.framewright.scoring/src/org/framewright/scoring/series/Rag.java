package org.framewright.scoring.series;

import java.math.BigDecimal;

import org.framewright.model.Polarity;

/**
 * A value's Red / Amber / Green rating against a target: Green when it meets the target in the direction of the
 * polarity, Amber when it misses by no more than tolerance x |target|, else Red (exact decimal arithmetic, so a
 * value exactly at the tolerance is Amber).
 */
public enum Rag {
    /** Misses the target by more than the tolerance. */
    RED("Red"),
    /** Misses the target by no more than the tolerance. */
    AMBER("Amber"),
    /** Meets or beats the target. */
    GREEN("Green");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    /** {@code Green}, {@code Amber}, {@code Red}. */
    public String label() {
        return label;
    }

    /**
     * The rating of {@code value} against {@code target}; null when either is null or the polarity is
     * {@code no judgement} (unspecified reads as higher is better, as the scoring engine's target RAG does).
     */
    public static Rag rate(Double value, Double target, Polarity polarity, double tolerance) {
        return rate(value, target, polarity, 0, tolerance);
    }

    /**
     * As {@link #rate(Double, Double, Polarity, double)}, Green also when the value misses the target by no more
     * than {@code greenTolerance} x |target| (negative: only when it beats the target by that much), as the scoring
     * engine's target RAG does with a rule's green tolerance.
     */
    public static Rag rate(Double value, Double target, Polarity polarity, double greenTolerance, double tolerance) {
        if (value == null || target == null || polarity == Polarity.NO_JUDGEMENT) {
            return null;
        }
        BigDecimal t = BigDecimal.valueOf(target);
        BigDecimal v = BigDecimal.valueOf(value);
        BigDecimal shortfall = polarity == Polarity.LOWER_IS_BETTER ? v.subtract(t) : t.subtract(v);
        if (shortfall.compareTo(BigDecimal.valueOf(greenTolerance).multiply(t.abs())) <= 0) {
            return GREEN;
        }
        return shortfall.compareTo(BigDecimal.valueOf(tolerance).multiply(t.abs())) <= 0 ? AMBER : RED;
    }
}
