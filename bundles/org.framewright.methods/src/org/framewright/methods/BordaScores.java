package org.framewright.methods;

/**
 * The normalisation {@code borda}: each council's Borda score, the number of councils with a value strictly worse
 * than its own (COINr's rank(x) - 1 with ties at the lowest rank): the worst scores 0, the best n - 1, tied
 * councils share the lower score. Lower is better counts the councils with a strictly higher value. Undefined when
 * no council has a value.
 */
public final class BordaScores extends ArrayNormalisation {

    @Override
    public String normalise(double[] values, int count, boolean lowerIsBetter, int reference, double[] out) {
        if (present(values, count) == 0) {
            return undefined(out, count, "borda: no council has a value");
        }
        for (int i = 0; i < count; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                out[i] = Double.NaN;
                continue;
            }
            int worse = 0;
            for (int j = 0; j < count; j++) {
                double w = values[j];
                worse += !Double.isNaN(w) && (lowerIsBetter ? w > v : w < v) ? 1 : 0;
            }
            out[i] = worse;
        }
        return null;
    }
}
