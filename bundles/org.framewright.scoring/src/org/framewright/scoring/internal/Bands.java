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
            BigDecimal lower = BigDecimal.valueOf(band.getLower());
            BigDecimal upper = BigDecimal.valueOf(band.getUpper());
            boolean above = value.compareTo(lower) >= 0;
            boolean below = step.signum() > 0 ? value.compareTo(upper.add(step)) < 0 : value.compareTo(upper) <= 0;
            if (above && below) {
                return band;
            }
        }
        return null;
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
