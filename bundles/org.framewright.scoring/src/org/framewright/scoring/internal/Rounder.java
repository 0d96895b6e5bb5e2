package org.framewright.scoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.framewright.model.Rounding;

/** Applies a rule's {@link Rounding} (mode and decimals) to an exact decimal score. */
public final class Rounder {

    private Rounder() {
    }

    /** The value rounded as {@code rounding} says; unchanged without a rounding or with mode {@code none}. */
    public static BigDecimal round(BigDecimal value, Rounding rounding) {
        if (value == null || rounding == null) {
            return value;
        }
        RoundingMode mode = switch (rounding.getMode()) {
            case HALF_UP -> RoundingMode.HALF_UP;
            case HALF_EVEN -> RoundingMode.HALF_EVEN;
            case DOWN -> RoundingMode.FLOOR;
            case UP -> RoundingMode.CEILING;
            default -> null;
        };
        return mode == null ? value : value.setScale(rounding.getDecimals(), mode);
    }

    /** A short description for notes, e.g. {@code "rounded half up to 0 decimals"}, or null for no rounding. */
    public static String describe(Rounding rounding) {
        if (rounding == null || rounding.getMode() == org.framewright.model.RoundingMode.NONE) {
            return null;
        }
        return "rounded " + rounding.getMode().getLiteral() + " to " + rounding.getDecimals() + " decimals";
    }
}
