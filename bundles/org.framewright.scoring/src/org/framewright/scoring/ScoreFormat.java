package org.framewright.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats scores for people and CSV: up to 6 decimals (half up), trailing zeros dropped, never an exponent. */
public final class ScoreFormat {

    private ScoreFormat() {
    }

    /** {@code 2.470588}, {@code 3}, {@code 87.5}; empty for null. */
    public static String format(Double value) {
        if (value == null) {
            return "";
        }
        BigDecimal decimal = BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        String text = decimal.toPlainString();
        return text.equals("-0") ? "0" : text;
    }
}
