package org.framewright.scoring.series;

import org.framewright.model.Polarity;

/** The direction of travel of a value from the previous period, read with the indicator's polarity. */
public enum Direction {
    /** Better than the previous period. */
    IMPROVING("improving"),
    /** Worse than the previous period. */
    WORSENING("worsening"),
    /** Equal to the previous period. */
    SAME("same");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    /** {@code improving}, {@code worsening}, {@code same}. */
    public String label() {
        return label;
    }

    /**
     * From {@code previous} to {@code value}: null when either is missing or the polarity is {@code no judgement}
     * (unspecified reads as higher is better).
     */
    public static Direction of(Double previous, Double value, Polarity polarity) {
        if (previous == null || value == null || polarity == Polarity.NO_JUDGEMENT) {
            return null;
        }
        int change = Double.compare(value, previous);
        if (change == 0) {
            return SAME;
        }
        boolean better = polarity == Polarity.LOWER_IS_BETTER ? change < 0 : change > 0;
        return better ? IMPROVING : WORSENING;
    }
}
