package org.framewright.methods;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.framewright.model.Council;
import org.framewright.model.Polarity;
import org.framewright.scoring.MethodArguments;
import org.framewright.scoring.Normaliser;
import org.framewright.scoring.PrimitiveNormalisation;

/**
 * The shared shape of this bundle's normalisations: the arithmetic lives once, in the primitive
 * {@link PrimitiveNormalisation#normalise(double[], int, boolean, int, double[])}; the list form the engine calls
 * binds the rule's parameters ({@link #with}), converts (null to NaN and back), asks {@link #reference} for the
 * reference council's index, and calls it, so both forms give the same doubles. Missing values stay missing; when
 * the method is undefined for the data, every result is missing and the problem says why.
 */
public abstract class ArrayNormalisation implements Normaliser, PrimitiveNormalisation {

    @Override
    public final Normalised normalise(List<Double> values, Polarity polarity, Double target) {
        return normalise(values, polarity, target, List.of(), null);
    }

    @Override
    public Normalised normalise(List<Double> values, Polarity polarity, Double target, List<Council> councils,
            MethodArguments arguments) {
        PrimitiveNormalisation bound = arguments == null ? this : with(arguments);
        int count = values.size();
        double[] in = new double[count];
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            in[i] = values.get(i) == null ? Double.NaN : values.get(i);
        }
        String problem = bound.normalise(in, count, polarity == Polarity.LOWER_IS_BETTER,
            reference(councils, arguments), out);
        List<Double> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(problem != null || Double.isNaN(out[i]) ? null : out[i]);
        }
        return new Normalised(result, problem);
    }

    /** The index of the reference council in {@code councils}, for methods that name one; -1 by default. */
    protected int reference(List<Council> councils, MethodArguments arguments) {
        return -1;
    }

    /** Every result missing, and why (for the primitive's undefined cases). */
    protected static String undefined(double[] out, int count, String problem) {
        Arrays.fill(out, 0, count, Double.NaN);
        return problem;
    }

    /** The number of values present (not NaN) among the first {@code count}. */
    protected static int present(double[] values, int count) {
        int present = 0;
        for (int i = 0; i < count; i++) {
            present += Double.isNaN(values[i]) ? 0 : 1;
        }
        return present;
    }

    /** The best value present: the largest, or the smallest when lower is better; NaN when none is present. */
    protected static double best(double[] values, int count, boolean lowerIsBetter) {
        double best = Double.NaN;
        for (int i = 0; i < count; i++) {
            double v = values[i];
            if (!Double.isNaN(v) && (Double.isNaN(best) || (lowerIsBetter ? v < best : v > best))) {
                best = v;
            }
        }
        return best;
    }
}
