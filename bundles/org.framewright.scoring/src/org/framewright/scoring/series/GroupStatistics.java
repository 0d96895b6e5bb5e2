package org.framewright.scoring.series;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.framewright.model.Polarity;

/**
 * Where a value sits in a group's values: median and quartiles (linear interpolation between order statistics:
 * the p-quantile of n sorted values is x[h] interpolated at h = (n - 1) p, counting from 0, as Excel's
 * QUARTILE.INC and R's default do), the rank in the direction of the polarity (1 = best; ties share the best
 * rank) and the robust z-score (value - median) / MAD, MAD = the median of |x - median|, unscaled and not turned
 * round for polarity, as Oflog publishes it.
 */
public final class GroupStatistics {

    private final List<Double> sorted;

    /** Statistics of {@code values} (no nulls; at least one). */
    public GroupStatistics(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a group needs at least one value");
        }
        sorted = new ArrayList<>(values);
        Collections.sort(sorted);
    }

    /** How many values. */
    public int size() {
        return sorted.size();
    }

    /** The p-quantile (0 <= p <= 1). */
    public double quantile(double p) {
        return quantile(sorted, p);
    }

    /** The median. */
    public double median() {
        return quantile(0.5);
    }

    /** The median absolute deviation from the median. */
    public double mad() {
        double median = median();
        List<Double> deviations = new ArrayList<>();
        for (double v : sorted) {
            deviations.add(Math.abs(v - median));
        }
        Collections.sort(deviations);
        return quantile(deviations, 0.5);
    }

    /** (value - median) / MAD, or null when the MAD is 0. */
    public Double robustZ(double value) {
        double mad = mad();
        return mad == 0 ? null : (value - median()) / mad;
    }

    /**
     * 1 + the number of values strictly better than {@code value} in the direction of {@code polarity}
     * (unspecified reads as higher is better); null for {@code no judgement}.
     */
    public Integer rank(double value, Polarity polarity) {
        if (polarity == Polarity.NO_JUDGEMENT) {
            return null;
        }
        int better = 0;
        for (double v : sorted) {
            if (polarity == Polarity.LOWER_IS_BETTER ? v < value : v > value) {
                better++;
            }
        }
        return better + 1;
    }

    private static double quantile(List<Double> sorted, double p) {
        double h = (sorted.size() - 1) * p;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, sorted.size() - 1);
        return sorted.get(low) + (h - low) * (sorted.get(high) - sorted.get(low));
    }
}
