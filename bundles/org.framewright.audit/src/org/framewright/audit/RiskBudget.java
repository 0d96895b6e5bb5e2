package org.framewright.audit;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The shares s (positive, summing to 1) under which each input carries exactly its budget t_i of the variance of
 * the composite sum of s_i x_i: s_i (C s)_i / (s' C s) = t_i, C the inputs' covariance. This is risk budgeting
 * (Roncalli, Introduction to Risk Parity and Budgeting, 2013, ch. 2): y minimising the convex
 * f(y) = y'Cy / 2 - sum of t_i ln y_i over y > 0 has (Cy)_i = t_i / y_i, so y_i (Cy)_i = t_i and y'Cy = 1, and
 * s = y / sum(y) is the unique solution for a positive semi-definite C. Found by Newton's method (Hessian
 * C + diag(t / y^2), positive definite) with step halving to keep y positive and f decreasing.
 */
final class RiskBudget {

    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-15;

    private RiskBudget() {
    }

    /**
     * The shares for {@code budgets} (each above 0, summing to 1) and {@code covariance}, or null when Newton's method
     * does not converge (a covariance that is not positive semi-definite).
     */
    static double[] shares(double[][] covariance, double[] budgets) {
        int k = budgets.length;
        RealMatrix c = new Array2DRowRealMatrix(covariance, false);
        double[] y = budgets.clone();
        double scale = Math.sqrt(c.operate(new ArrayRealVector(y)).dotProduct(new ArrayRealVector(y)));
        if (!(scale > 0)) {
            return null;
        }
        for (int i = 0; i < k; i++) {
            y[i] /= scale;
        }
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] cy = c.operate(y);
            double[] gradient = new double[k];
            double worst = 0;
            RealMatrix hessian = c.copy();
            for (int i = 0; i < k; i++) {
                gradient[i] = cy[i] - budgets[i] / y[i];
                worst = Math.max(worst, Math.abs(gradient[i] * y[i]));
                hessian.addToEntry(i, i, budgets[i] / (y[i] * y[i]));
            }
            if (worst < TOLERANCE) {
                return normalised(y);
            }
            double[] step;
            try {
                step = new CholeskyDecomposition(hessian).getSolver().solve(new ArrayRealVector(gradient)).toArray();
            } catch (NonPositiveDefiniteMatrixException e) {
                return null;
            }
            double before = objective(c, budgets, y);
            double length = 1;
            double[] next = new double[k];
            while (true) {
                boolean positive = true;
                for (int i = 0; i < k; i++) {
                    next[i] = y[i] - length * step[i];
                    positive &= next[i] > 0;
                }
                if (positive && objective(c, budgets, next) <= before) {
                    break;
                }
                length /= 2;
                if (length < 1e-20) {
                    return worst < 1e-9 ? normalised(y) : null;
                }
            }
            y = next.clone();
        }
        return null;
    }

    private static double objective(RealMatrix c, double[] budgets, double[] y) {
        double[] cy = c.operate(y);
        double f = 0;
        for (int i = 0; i < y.length; i++) {
            f += y[i] * cy[i] / 2 - budgets[i] * Math.log(y[i]);
        }
        return f;
    }

    private static double[] normalised(double[] y) {
        double sum = 0;
        for (double v : y) {
            sum += v;
        }
        double[] s = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            s[i] = y[i] / sum;
        }
        return s;
    }
}
