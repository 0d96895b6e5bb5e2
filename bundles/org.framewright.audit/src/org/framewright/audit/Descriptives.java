package org.framewright.audit;

import java.util.Arrays;

import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;

/**
 * Descriptive statistics of one indicator's values across councils (missing values left out beforehand).
 *
 * @param count the number of values
 * @param mean the arithmetic mean (NaN without values)
 * @param median the middle value, the mean of the two middle values for an even count
 * @param min the smallest value
 * @param max the largest value
 * @param skewness the adjusted Fisher-Pearson coefficient n / ((n-1)(n-2)) x sum((x - mean) / s)^3, s the sample
 *     standard deviation: spreadsheets' SKEW; NaN for fewer than 3 values or no spread
 * @param kurtosis the excess kurtosis as spreadsheets' KURT: n(n+1) / ((n-1)(n-2)(n-3)) x sum((x - mean) / s)^4
 *     - 3(n-1)^2 / ((n-2)(n-3)); NaN for fewer than 4 values or no spread
 * @param lowerFence Q1 - 1.5 IQR (quartiles by linear interpolation, spreadsheets' QUARTILE.INC); values below
 *     are outliers
 * @param upperFence Q3 + 1.5 IQR; values above are outliers
 */
public record Descriptives(int count, double mean, double median, double min, double max, double skewness,
        double kurtosis, double lowerFence, double upperFence) {

    /** The JRC's rule for an indicator needing outlier treatment: absolute skewness above 2 and kurtosis above 3.5. */
    public boolean skewKurtosisOutlier() {
        return Math.abs(skewness) > 2 && kurtosis > 3.5;
    }

    /** Whether {@code value} lies outside the fences (Tukey's boxplot rule). */
    public boolean isOutlier(double value) {
        return value < lowerFence || value > upperFence;
    }

    /** The statistics of {@code values} (finite numbers; the array is not changed). */
    public static Descriptives of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n == 0) {
            return new Descriptives(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN);
        }
        double q1 = quantile(sorted, 0.25);
        double q3 = quantile(sorted, 0.75);
        double skewness = n < 3 ? Double.NaN : new Skewness().evaluate(sorted);
        double kurtosis = n < 4 ? Double.NaN : new Kurtosis().evaluate(sorted);
        return new Descriptives(n, new Mean().evaluate(sorted), quantile(sorted, 0.5), sorted[0], sorted[n - 1],
            skewness, kurtosis, q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1));
    }

    /** The {@code p} quantile of sorted values by linear interpolation between order statistics (R's type 7). */
    static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
