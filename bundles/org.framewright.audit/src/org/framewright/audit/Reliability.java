package org.framewright.audit;

import java.util.Arrays;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * How well a group of indicators (an area's) measures one thing: Cronbach's alpha and the share of variance of the
 * first principal component. Both use the councils that have every indicator of the group (listwise complete).
 */
public final class Reliability {

    private Reliability() {
    }

    /**
     * Cronbach's alpha k / (k - 1) x (1 - sum of the items' variances / variance of the items' sum), sample variances;
     * {@code items[i]} holds item i's values by council (NaN = missing). NaN for fewer than 2 items, fewer than 2
     * complete councils, or a sum without spread.
     */
    public static double cronbachAlpha(double[][] items) {
        double[][] rows = completeRows(items);
        int k = items.length;
        if (k < 2 || rows.length < 2) {
            return Double.NaN;
        }
        Variance variance = new Variance(true);
        double itemVariances = 0;
        for (int i = 0; i < k; i++) {
            int item = i;
            itemVariances += variance.evaluate(Arrays.stream(rows).mapToDouble(r -> r[item]).toArray());
        }
        double total = variance.evaluate(Arrays.stream(rows).mapToDouble(r -> Arrays.stream(r).sum()).toArray());
        return total == 0 ? Double.NaN : k / (k - 1.0) * (1 - itemVariances / total);
    }

    /**
     * The share (0-1) of the standardised items' total variance that the first principal component explains: the
     * largest eigenvalue of the items' correlation matrix divided by the number of items. NaN for fewer than 2 items,
     * fewer than 3 complete councils, or an item without spread.
     */
    public static double firstComponentShare(double[][] items) {
        double[][] rows = completeRows(items);
        int k = items.length;
        if (k < 2 || rows.length < 3) {
            return Double.NaN;
        }
        for (int i = 0; i < k; i++) {
            int item = i;
            if (Arrays.stream(rows).mapToDouble(r -> r[item]).distinct().count() < 2) {
                return Double.NaN;
            }
        }
        double[] eigenvalues = new EigenDecomposition(new PearsonsCorrelation(rows).getCorrelationMatrix())
            .getRealEigenvalues();
        return Arrays.stream(eigenvalues).max().orElseThrow() / k;
    }

    /** The councils (rows) that have a value for every item; {@code items[i][c]} is item i of council c. */
    public static double[][] completeRows(double[][] items) {
        if (items.length == 0) {
            return new double[0][];
        }
        return java.util.stream.IntStream.range(0, items[0].length)
            .filter(c -> Arrays.stream(items).noneMatch(item -> Double.isNaN(item[c])))
            .mapToObj(c -> Arrays.stream(items).mapToDouble(item -> item[c]).toArray()).toArray(double[][]::new);
    }
}
