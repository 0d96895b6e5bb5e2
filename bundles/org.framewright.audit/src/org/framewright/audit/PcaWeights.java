package org.framewright.audit;

import java.util.Arrays;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * Weights from principal components: the first principal component of a group's standardised inputs (the
 * eigenvector of their correlation matrix with the largest eigenvalue, over the councils that have every input), each
 * input weighted by its squared loading scaled to the component's variance, v_i^2 (they sum to 1). This is the
 * OECD/JRC Handbook's "squared factor loadings scaled to unity" with one component; COINr's {@code get_PCA} uses v_i
 * itself, which can be negative and whose sign PCA may flip: squaring keeps weights non-negative and sign-free.
 */
public final class PcaWeights {

    private PcaWeights() {
    }

    /**
     * The PCA weights of {@code items} ({@code items[i][c]}: input i of council c, NaN = missing), summing to 1; null
     * when there is no component to speak of: fewer than 2 inputs, fewer than 3 complete councils, or an input
     * without spread.
     */
    public static double[] of(double[][] items) {
        double[][] rows = Reliability.completeRows(items);
        int k = items.length;
        if (k < 2 || rows.length < 3) {
            return null;
        }
        for (int i = 0; i < k; i++) {
            int item = i;
            if (Arrays.stream(rows).mapToDouble(r -> r[item]).distinct().count() < 2) {
                return null;
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(new PearsonsCorrelation(rows).getCorrelationMatrix());
        double[] values = eigen.getRealEigenvalues();
        int first = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[first]) {
                first = i;
            }
        }
        RealVector vector = eigen.getEigenvector(first);
        double norm = vector.getNorm();
        double[] weights = new double[k];
        for (int i = 0; i < k; i++) {
            double v = vector.getEntry(i) / norm;
            weights[i] = v * v;
        }
        return weights;
    }
}
