package org.framewright.methods;

import org.framewright.scoring.MethodArguments;
import org.framewright.scoring.PrimitiveNormalisation;

/**
 * The normalisation {@code scaled}: min-max onto a chosen range, low + (high - low) x (value - min) / (max - min)
 * (lower is better: (max - value) in place of (value - min)), so the worst council scores {@code low} and the best
 * {@code high} (COINr's n_minmax with l_u = c(low, high)). Parameters {@code low} (default 0) and {@code high}
 * (default 100), low below high. Undefined when max = min or the range is empty.
 */
public final class ScaledRange extends ArrayNormalisation {

    /** The score of the worst council. */
    public static final String LOW = "low";
    /** The score of the best council. */
    public static final String HIGH = "high";

    private final double low;
    private final double high;

    /** The method with the declared defaults, 0 to 100 (what the extension registry creates). */
    public ScaledRange() {
        this(0, 100);
    }

    /** The method scaling onto {@code low..high}. */
    public ScaledRange(double low, double high) {
        this.low = low;
        this.high = high;
    }

    @Override
    public PrimitiveNormalisation with(MethodArguments arguments) {
        return new ScaledRange(arguments.decimal(LOW, 0), arguments.decimal(HIGH, 100));
    }

    @Override
    public String normalise(double[] values, int count, boolean lowerIsBetter, int reference, double[] out) {
        if (!(low < high)) {
            return undefined(out, count, "scaled: the low end " + low + " is not below the high end " + high);
        }
        double max = best(values, count, false);
        double min = best(values, count, true);
        if (Double.isNaN(max)) {
            return undefined(out, count, "scaled: no council has a value");
        }
        if (max == min) {
            return undefined(out, count, "scaled: every council has the same value " + max + " (max = min)");
        }
        double factor = (high - low) / (max - min);
        for (int i = 0; i < count; i++) {
            out[i] = low + factor * (lowerIsBetter ? max - values[i] : values[i] - min);
        }
        return null;
    }
}
