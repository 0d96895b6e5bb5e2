package org.framewright.scoring.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact decimal arithmetic for scores: doubles enter as their shortest decimal string
 * ({@link BigDecimal#valueOf(double)}), so that 0.4 x 4 + 0.15 x 6 is exactly 2.5 and rounds half up to 3.
 */
public final class Decimals {

    /** Enough precision for every division (34 significant digits). */
    public static final MathContext CONTEXT = MathContext.DECIMAL128;

    /** One hundred. */
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    /** The decimal a double was written as (null stays null). */
    public static BigDecimal of(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    /** The sum of the values. */
    public static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(value);
        }
        return sum;
    }

    /** {@code a / b} to 34 significant digits. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, CONTEXT);
    }

    /** The median (mean of the two middle values for an even count); the list must not be empty. */
    public static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return divide(sorted.get(n / 2 - 1).add(sorted.get(n / 2)), BigDecimal.valueOf(2));
    }

    /** The mean; the list must not be empty. */
    public static BigDecimal mean(List<BigDecimal> values) {
        return divide(sum(values), BigDecimal.valueOf(values.size()));
    }

    /** The non-null values as decimals. */
    public static List<BigDecimal> present(List<Double> values) {
        List<BigDecimal> present = new ArrayList<>();
        for (Double value : values) {
            if (value != null) {
                present.add(of(value));
            }
        }
        return present;
    }
}
