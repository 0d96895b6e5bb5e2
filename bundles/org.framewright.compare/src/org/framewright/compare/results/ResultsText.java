package org.framewright.compare.results;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How numbers and empty ratings read in every form of a results comparison. */
final class ResultsText {

    private ResultsText() {
    }

    /** A score to two decimals without trailing zeros; {@code -} for none. */
    static String number(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return "-";
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A rank or {@code -}. */
    static String rank(Integer rank) {
        return rank == null ? "-" : rank.toString();
    }

    /** A rating or {@code (none)}. */
    static String orNone(String rating) {
        return rating.isEmpty() ? "(none)" : rating;
    }
}
