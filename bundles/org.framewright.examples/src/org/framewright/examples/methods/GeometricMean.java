package org.framewright.examples.methods;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.framewright.scoring.AggregationFunction;
import org.framewright.scoring.MethodArguments;
import org.framewright.scoring.PrimitiveAggregation;

/**
 * The aggregation method {@code geometric-mean}: exp(sum of w x ln(value) / sum of w) over the inputs present, w
 * the inputs' weights (1 each unless the rule is weighted). 0 when an input is 0: unlike a mean, a geometric mean
 * does not let strong areas make up for one that scores nothing. Undefined (the node stays unscored) for a negative
 * input, e.g. a z-score. One class serves as both the exact and the primitive implementation.
 */
public final class GeometricMean implements AggregationFunction, PrimitiveAggregation {

    @Override
    public BigDecimal aggregate(List<BigDecimal> values, List<BigDecimal> weights, MethodArguments arguments) {
        double[] v = new double[values.size()];
        double[] w = new double[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i).doubleValue();
            w[i] = weights.get(i).doubleValue();
        }
        // logarithms have no exact decimal form: the double result, kept to 17 significant digits
        return new BigDecimal(aggregate(v, w, v.length), MathContext.DECIMAL64);
    }

    @Override
    public String impossible(List<BigDecimal> values, List<BigDecimal> weights, MethodArguments arguments) {
        if (weights.stream().allMatch(w -> w.signum() == 0)) {
            return "the weights of the inputs present sum to 0";
        }
        for (BigDecimal value : values) {
            if (value.signum() < 0) {
                return "the geometric mean is undefined for the negative input " + value.stripTrailingZeros()
                    .toPlainString();
            }
        }
        return null;
    }

    @Override
    public double aggregate(double[] values, double[] weights, int count) {
        double logs = 0;
        double total = 0;
        for (int i = 0; i < count; i++) {
            if (values[i] == 0) {
                return 0;
            }
            logs += weights[i] * Math.log(values[i]);
            total += weights[i];
        }
        return total == 0 ? Double.NaN : Math.exp(logs / total);
    }
}
