package org.framewright.scoring.internal;

import java.math.BigDecimal;

import org.framewright.model.Band;
import org.framewright.model.Banding;
import org.framewright.model.Scale;
import org.framewright.model.ScaleLevel;

/**
 * Level look-ups: the band of a {@link Banding} containing a number, and the level of a {@link Scale} with a value.
 * Bands are inclusive at both ends; with a {@code step} s &gt; 0 a band [lower, upper] also takes the numbers
 * below upper + s (38.4 with step 1 is in 25-38), so adjacent bands leave no gap.
 */
public final class Bands {

    private Bands() {
    }

    /** The level of the first band containing {@code value}, or null when none does. */
    public static ScaleLevel levelFor(Banding banding, BigDecimal value) {
        Band band = bandFor(banding, value);
        return band == null ? null : band.getLevel();
    }

    /** The first band containing {@code value}, or null when none does. */
    public static Band bandFor(Banding banding, BigDecimal value) {
        if (banding == null || value == null) {
            return null;
        }
        BigDecimal step = BigDecimal.valueOf(banding.getStep());
        for (Band band : banding.getBands()) {
            if (contains(step, band.getLower(), band.getUpper(), value)) {
                return band;
            }
        }
        return null;
    }

    /**
     * The level of the first band containing {@code value} when the banding's bands had the bounds {@code lower} and
     * {@code upper} (in band order): a simulation's drawn thresholds, decided exactly as {@link #levelFor}.
     */
    public static ScaleLevel levelFor(Banding banding, double[] lower, double[] upper, BigDecimal value) {
        int index = value == null ? -1 : indexFor(banding.getStep(), lower, upper, value);
        return index < 0 ? null : banding.getBands().get(index).getLevel();
    }

    private static int indexFor(double stepValue, double[] lowers, double[] uppers, BigDecimal value) {
        BigDecimal step = BigDecimal.valueOf(stepValue);
        for (int b = 0; b < lowers.length; b++) {
            if (contains(step, lowers[b], uppers[b], value)) {
                return b;
            }
        }
        return -1;
    }

    private static boolean contains(BigDecimal step, double lowerBound, double upperBound, BigDecimal value) {
        BigDecimal lower = BigDecimal.valueOf(lowerBound);
        BigDecimal upper = BigDecimal.valueOf(upperBound);
        boolean above = value.compareTo(lower) >= 0;
        boolean below = step.signum() > 0 ? value.compareTo(upper.add(step)) < 0 : value.compareTo(upper) <= 0;
        return above && below;
    }

    /** The level of {@code scale} whose value equals {@code value} numerically, or null. */
    public static ScaleLevel levelWithValue(Scale scale, BigDecimal value) {
        if (scale == null || value == null) {
            return null;
        }
        for (ScaleLevel level : scale.getLevels()) {
            if (BigDecimal.valueOf(level.getValue()).compareTo(value) == 0) {
                return level;
            }
        }
        return null;
    }

    /** The scale's lowest level (its first), or null. */
    public static ScaleLevel lowest(Scale scale) {
        return scale == null || scale.getLevels().isEmpty() ? null : scale.getLevels().get(0);
    }
}
