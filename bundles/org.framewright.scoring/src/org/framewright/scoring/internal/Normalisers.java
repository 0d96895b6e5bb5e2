package org.framewright.scoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.framewright.model.Polarity;
import org.framewright.scoring.Normalisation;
import org.framewright.scoring.Normaliser;
import org.framewright.scoring.Normaliser.Normalised;

/**
 * The implementations of {@link Normalisation}: each computes its statistics over the present values in exact
 * decimals, maps every value, and turns the result round for {@code lower is better}.
 */
public final class Normalisers {

    private Normalisers() {
    }

    /** The normaliser of a strategy. */
    public static Normaliser create(Normalisation normalisation) {
        return switch (normalisation) {
            case MIN_MAX -> Normalisers::minMax;
            case Z_SCORE -> Normalisers::zScore;
            case ROBUST_Z -> Normalisers::robustZ;
            case RANK -> (values, polarity, target) -> positional(values, polarity, false);
            case PERCENTILE -> (values, polarity, target) -> positional(values, polarity, true);
            case DISTANCE_TO_TARGET -> Normalisers::distanceToTarget;
        };
    }

    static boolean lowerIsBetter(Polarity polarity) {
        return polarity == Polarity.LOWER_IS_BETTER;
    }

    private static Normalised minMax(List<Double> values, Polarity polarity, Double target) {
        List<BigDecimal> present = Decimals.present(values);
        if (present.isEmpty()) {
            return undefined(values, "no council has a value");
        }
        BigDecimal min = present.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = present.stream().max(BigDecimal::compareTo).orElseThrow();
        if (min.compareTo(max) == 0) {
            return undefined(values, "every council has the same value " + max.stripTrailingZeros().toPlainString() + " (max = min)");
        }
        BigDecimal range = max.subtract(min);
        boolean lower = lowerIsBetter(polarity);
        return map(values, v -> Decimals.divide((lower ? max.subtract(v) : v.subtract(min)).multiply(Decimals.HUNDRED), range));
    }

    private static Normalised zScore(List<Double> values, Polarity polarity, Double target) {
        List<BigDecimal> present = Decimals.present(values);
        if (present.isEmpty()) {
            return undefined(values, "no council has a value");
        }
        BigDecimal mean = Decimals.mean(present);
        List<BigDecimal> squares = present.stream().map(v -> v.subtract(mean).pow(2)).toList();
        BigDecimal sd = Decimals.mean(squares).sqrt(Decimals.CONTEXT);
        if (sd.signum() == 0) {
            return undefined(values, "every council has the same value (standard deviation 0)");
        }
        return signed(values, polarity, v -> Decimals.divide(v.subtract(mean), sd));
    }

    private static Normalised robustZ(List<Double> values, Polarity polarity, Double target) {
        List<BigDecimal> present = Decimals.present(values);
        if (present.isEmpty()) {
            return undefined(values, "no council has a value");
        }
        BigDecimal median = Decimals.median(present);
        BigDecimal mad = Decimals.median(present.stream().map(v -> v.subtract(median).abs()).toList());
        if (mad.signum() == 0) {
            return undefined(values, "MAD = 0 (at least half of the councils have the median value "
                + median.stripTrailingZeros().toPlainString() + ")");
        }
        return signed(values, polarity, v -> Decimals.divide(v.subtract(median), mad));
    }

    private static Normalised distanceToTarget(List<Double> values, Polarity polarity, Double target) {
        if (target == null || target == 0) {
            return undefined(values, target == null ? "the indicator has no target" : "the target is 0");
        }
        BigDecimal t = Decimals.of(target);
        return signed(values, polarity, v -> Decimals.divide(v.subtract(t).multiply(Decimals.HUNDRED), t.abs()));
    }

    private static Normalised positional(List<Double> values, Polarity polarity, boolean percentile) {
        List<BigDecimal> present = Decimals.present(values);
        int n = present.size();
        if (n == 0 || percentile && n == 1) {
            return undefined(values, n == 0 ? "no council has a value" : "only one council has a value");
        }
        int sign = lowerIsBetter(polarity) ? -1 : 1;
        return map(values, v -> {
            int better = 0;
            int worse = 0;
            for (BigDecimal other : present) {
                int c = other.compareTo(v) * sign;
                better += c > 0 ? 1 : 0;
                worse += c < 0 ? 1 : 0;
            }
            return percentile ? Decimals.divide(BigDecimal.valueOf(100L * worse), BigDecimal.valueOf(n - 1))
                : BigDecimal.valueOf(n - better);
        });
    }

    private static Normalised signed(List<Double> values, Polarity polarity, Function<BigDecimal, BigDecimal> f) {
        boolean lower = lowerIsBetter(polarity);
        return map(values, v -> lower ? f.apply(v).negate() : f.apply(v));
    }

    private static Normalised map(List<Double> values, Function<BigDecimal, BigDecimal> f) {
        List<Double> result = new ArrayList<>(values.size());
        for (Double value : values) {
            result.add(value == null ? null : f.apply(Decimals.of(value)).doubleValue());
        }
        return new Normalised(result, null);
    }

    private static Normalised undefined(List<Double> values, String problem) {
        List<Double> result = new ArrayList<>(values.size());
        values.forEach(v -> result.add(null));
        return new Normalised(result, problem);
    }
}
