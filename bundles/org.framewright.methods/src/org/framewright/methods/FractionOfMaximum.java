package org.framewright.methods;

/**
 * The normalisation {@code fraction-of-maximum}: 100 x value / max, the value as a percentage of the highest
 * (COINr's x / max(x), in per cent); lower is better: 100 x min / value, the lowest value as a percentage of the
 * council's. The best council scores 100. Defined for ratio-scale indicators only: undefined when a value is
 * negative, when the maximum is 0, and (lower is better) when a value is 0.
 */
public final class FractionOfMaximum extends ArrayNormalisation {

    @Override
    public String normalise(double[] values, int count, boolean lowerIsBetter, int reference, double[] out) {
        double best = best(values, count, lowerIsBetter);
        if (Double.isNaN(best)) {
            return undefined(out, count, "fraction-of-maximum: no council has a value");
        }
        for (int i = 0; i < count; i++) {
            if (values[i] < 0 || lowerIsBetter && values[i] == 0) {
                return undefined(out, count, "fraction-of-maximum: the value " + values[i] + " is "
                    + (values[i] < 0 ? "negative" : "0 where lower is better")
                    + "; the method needs values on a ratio scale above 0");
            }
        }
        if (best == 0) {
            return undefined(out, count, "fraction-of-maximum: the maximum is 0");
        }
        for (int i = 0; i < count; i++) {
            out[i] = lowerIsBetter ? 100 * best / values[i] : 100 * values[i] / best;
        }
        return null;
    }
}
