package org.framewright.audit;

import java.util.Arrays;

/**
 * Effective weights: each input's actual share of the variance of the score it feeds (the overall score). A weighted
 * mean Y = sum of w_i x_i has variance Var(Y) = sum of w_i Cov(x_i, Y), so input i carries the share
 * w_i Cov(x_i, Y) / Var(Y) of it; the shares sum to 1 and equal the nominal weights only when the inputs are
 * uncorrelated and equally spread. An input that moves against the rest has a share below its weight (or below 0).
 */
public final class EffectiveWeights {

    private EffectiveWeights() {
    }

    /**
     * The share of Var(y) that {@code share} x {@code x} carries: share x Cov(x, y) / Var(y), over the councils that
     * have both values (NaN = missing); NaN for fewer than 3 such councils or y without spread. The callers pass the
     * councils complete on every input so that the shares of all inputs sum to 1.
     */
    public static double share(double share, double[] x, double[] y) {
        double[][] pairs = Correlations.completePairs(x, y);
        int n = pairs[0].length;
        if (n < 3) {
            return Double.NaN;
        }
        double mx = Arrays.stream(pairs[0]).average().orElseThrow();
        double my = Arrays.stream(pairs[1]).average().orElseThrow();
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (pairs[0][i] - mx) * (pairs[1][i] - my);
            syy += (pairs[1][i] - my) * (pairs[1][i] - my);
        }
        return syy == 0 ? Double.NaN : share * sxy / syy;
    }

    /**
     * The effective weights of inputs with nominal {@code shares} (summing to 1) of a linear composite
     * Y = sum of shares_i x_i, from the inputs' covariance matrix: shares_i (C shares)_i / (shares' C shares).
     * All NaN when the composite has no variance.
     */
    public static double[] fromCovariance(double[][] covariance, double[] shares) {
        int k = shares.length;
        double[] cs = new double[k];
        double variance = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                cs[i] += covariance[i][j] * shares[j];
            }
            variance += shares[i] * cs[i];
        }
        double[] effective = new double[k];
        for (int i = 0; i < k; i++) {
            effective[i] = variance > 0 ? shares[i] * cs[i] / variance : Double.NaN;
        }
        return effective;
    }

    /** The sample covariance matrix of the complete {@code rows} (rows[c][i]: input i of council c). */
    public static double[][] covariance(double[][] rows) {
        int k = rows.length == 0 ? 0 : rows[0].length;
        double[] mean = new double[k];
        for (double[] row : rows) {
            for (int i = 0; i < k; i++) {
                mean[i] += row[i] / rows.length;
            }
        }
        double[][] c = new double[k][k];
        for (double[] row : rows) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    c[i][j] += (row[i] - mean[i]) * (row[j] - mean[j]) / (rows.length - 1);
                }
            }
        }
        return c;
    }
}
