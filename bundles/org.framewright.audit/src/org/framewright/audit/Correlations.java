package org.framewright.audit;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Pearson and Spearman correlations over the councils that have both values (pairwise complete: NaN marks a missing
 * value). A correlation is NaN when fewer than 3 councils have both values or either has no spread.
 */
public final class Correlations {

    private Correlations() {
    }

    /** Pearson's product-moment correlation of the complete pairs of {@code x} and {@code y}. */
    public static double pearson(double[] x, double[] y) {
        double[][] pairs = completePairs(x, y);
        return defined(pairs) ? new PearsonsCorrelation().correlation(pairs[0], pairs[1]) : Double.NaN;
    }

    /** Spearman's rank correlation (ties get their average rank) of the complete pairs of {@code x} and {@code y}. */
    public static double spearman(double[] x, double[] y) {
        double[][] pairs = completePairs(x, y);
        return defined(pairs) ? new SpearmansCorrelation().correlation(pairs[0], pairs[1]) : Double.NaN;
    }

    private static boolean defined(double[][] pairs) {
        return pairs[0].length >= 3 && spread(pairs[0]) && spread(pairs[1]);
    }

    private static boolean spread(double[] values) {
        for (double value : values) {
            if (value != values[0]) {
                return true;
            }
        }
        return false;
    }

    static double[][] completePairs(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values, y " + y.length);
        }
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                n++;
            }
        }
        double[][] pairs = new double[2][n];
        for (int i = 0, j = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                pairs[0][j] = x[i];
                pairs[1][j++] = y[i];
            }
        }
        return pairs;
    }
}
