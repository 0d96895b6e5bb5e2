package org.framewright.methods;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.framewright.scoring.AggregationFunction;
import org.framewright.scoring.MethodArguments;
import org.framewright.scoring.PrimitiveAggregation;

/**
 * The weighted power mean of order r, M_r = (sum w x^r / sum w)^(1/r), and its limit at r = 0, the weighted geometric
 * mean exp(sum w ln x / sum w); w the inputs' weights (1 each unless the rule is weighted). It is monotone in every
 * input and equals the common value when all inputs are equal. r = 1 is the arithmetic mean, r = -1 the harmonic.
 * Inputs must not be negative; for r <= 0 an input of 0 follows the rule's {@link NonPositivePolicy} (for r > 0,
 * x^r of 0 is 0 and needs no policy). The exact path works in doubles (powers have no exact decimal form) and keeps
 * 16 significant digits.
 */
public abstract class PowerMean implements AggregationFunction, PrimitiveAggregation {

    /** The order r the rule asks for. */
    protected abstract double order(MethodArguments arguments);

    /** The method's name in notes, e.g. {@code the harmonic mean}. */
    protected abstract String label(double order);

    @Override
    public String impossible(List<BigDecimal> values, List<BigDecimal> weights, MethodArguments arguments) {
        NonPositivePolicy policy = NonPositivePolicy.of(arguments.text(NonPositivePolicy.PARAMETER));
        if (policy == null) {
            return "policy '" + arguments.text(NonPositivePolicy.PARAMETER) + "' for zero inputs is not refuse or zero";
        }
        if (weights.stream().allMatch(w -> w.signum() == 0)) {
            return "the weights of the inputs present sum to 0";
        }
        double order = order(arguments);
        for (BigDecimal value : values) {
            if (value.signum() < 0) {
                return label(order) + " is undefined for the negative input " + value.stripTrailingZeros().toPlainString();
            }
            if (value.signum() == 0 && order <= 0 && policy == NonPositivePolicy.REFUSE) {
                return label(order) + " is undefined for an input of 0 (zero inputs: refuse; the rule may choose "
                    + NonPositivePolicy.PARAMETER + " = zero to make the result 0)";
            }
        }
        return null;
    }

    @Override
    public BigDecimal aggregate(List<BigDecimal> values, List<BigDecimal> weights, MethodArguments arguments) {
        double[] v = new double[values.size()];
        double[] w = new double[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i).doubleValue();
            w[i] = weights.get(i).doubleValue();
        }
        double result = mean(v, w, v.length, order(arguments));
        return new BigDecimal(result, MathContext.DECIMAL64);
    }

    /** The primitive with the defaults (order of the method without parameters, zero inputs refused: NaN). */
    @Override
    public double aggregate(double[] values, double[] weights, int count) {
        return with(MethodArguments.ofMaximum(0)).aggregate(values, weights, count);
    }

    @Override
    public PrimitiveAggregation with(MethodArguments arguments) {
        double order = order(arguments);
        NonPositivePolicy policy = NonPositivePolicy.of(arguments.text(NonPositivePolicy.PARAMETER));
        return (values, weights, count) -> {
            for (int i = 0; i < count; i++) {
                if (values[i] < 0 || values[i] == 0 && order <= 0 && policy != NonPositivePolicy.ZERO) {
                    return Double.NaN;
                }
            }
            return mean(values, weights, count, order);
        };
    }

    /**
     * M_r of {@code values[0..count)}: inputs not negative, weights not all 0. For r <= 0 an input of 0 gives 0 (the
     * limit). Computed relative to the largest input so that large |r| neither overflows nor underflows.
     */
    static double mean(double[] values, double[] weights, int count, double order) {
        double largest = 0;
        double total = 0;
        for (int i = 0; i < count; i++) {
            largest = Math.max(largest, values[i]);
            total += weights[i];
            if (values[i] == 0 && order <= 0 && weights[i] > 0) {
                return 0;
            }
        }
        if (total == 0) {
            return Double.NaN;
        }
        if (largest == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < count; i++) {
            if (weights[i] == 0) {
                continue; // an input without weight takes no part, even where x^r is infinite
            }
            double relative = values[i] / largest;
            sum += weights[i] * (order == 0 ? Math.log(relative) : Math.pow(relative, order));
        }
        return largest * (order == 0 ? Math.exp(sum / total) : Math.pow(sum / total, 1 / order));
    }
}
