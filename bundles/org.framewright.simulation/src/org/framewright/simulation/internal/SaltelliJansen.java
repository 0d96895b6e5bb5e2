package org.framewright.simulation.internal;

import java.util.Arrays;

import org.framewright.simulation.SimulationMonitor;

/**
 * Variance-based sensitivity: Saltelli's sampling scheme with Jansen's estimators (Saltelli et al. 2010, Computer
 * Physics Communications 181, table 2). Rows of the base matrices A and B are input streams seeded from
 * (seed, row, input) and (seed, row, k + input); A_B^i is A with input i taken from B. With f_A, f_B, f_ABi:
 * V = variance of all f_A and f_B; S_i = (V - mean((f_B - f_ABi)^2) / 2) / V;
 * T_i = mean((f_A - f_ABi)^2) / 2 / V. Confidence intervals: percentile bootstrap over rows, seeded.
 * An input group (all weights of one rule) is swapped as one, so indices are group indices.
 */
public final class SaltelliJansen {

    /** The estimates: {@code first[i]}, {@code total[i]} and their bootstrap bounds; NaN when V = 0. */
    public record Estimates(double variance, double[] first, double[] firstLow, double[] firstHigh, double[] total,
            double[] totalLow, double[] totalHigh) {
    }

    private SaltelliJansen() {
    }

    /** Evaluates N x (k + 2) model runs and estimates every input's first-order and total index. */
    public static Estimates run(ScalarModel model, int baseSamples, long seed, int threads, int resamples,
            double confidence, SimulationMonitor monitor) {
        int k = model.inputs();
        int columns = k + 2;
        double[] y = new double[baseSamples * columns];
        ParallelLoop.run(y.length, threads, monitor, () -> new ParallelLoop.Task() {
            private final ScalarModel.Worker worker = model.newWorker();
            private final long[] seeds = new long[k];

            @Override
            public void run(long from, long to) {
                for (long e = from; e < to; e++) {
                    long row = e / columns;
                    int column = (int) (e % columns);
                    for (int i = 0; i < k; i++) {
                        boolean fromB = column == 1 || column == i + 2;
                        seeds[i] = DrawRandom.streamSeed(seed, row, fromB ? k + i : i);
                    }
                    y[(int) e] = worker.evaluate(seeds);
                }
            }
        });
        int[] rows = new int[baseSamples];
        Arrays.setAll(rows, j -> j);
        double[] first = new double[k];
        double[] total = new double[k];
        double variance = estimate(y, columns, rows, first, total);
        double[][] firstSamples = new double[k][resamples];
        double[][] totalSamples = new double[k][resamples];
        DrawRandom random = new DrawRandom(DrawRandom.streamSeed(seed, -1, -1));
        double[] f = new double[k];
        double[] t = new double[k];
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < baseSamples; j++) {
                rows[j] = random.nextInt(baseSamples);
            }
            estimate(y, columns, rows, f, t);
            for (int i = 0; i < k; i++) {
                firstSamples[i][b] = f[i];
                totalSamples[i][b] = t[i];
            }
        }
        double alpha = (1 - confidence) / 2;
        double[] firstLow = new double[k];
        double[] firstHigh = new double[k];
        double[] totalLow = new double[k];
        double[] totalHigh = new double[k];
        for (int i = 0; i < k; i++) {
            firstLow[i] = quantile(firstSamples[i], alpha);
            firstHigh[i] = quantile(firstSamples[i], 1 - alpha);
            totalLow[i] = quantile(totalSamples[i], alpha);
            totalHigh[i] = quantile(totalSamples[i], 1 - alpha);
        }
        return new Estimates(variance, first, firstLow, firstHigh, total, totalLow, totalHigh);
    }

    private static double estimate(double[] y, int columns, int[] rows, double[] first, double[] total) {
        int n = rows.length;
        double mean = 0;
        for (int j : rows) {
            mean += y[j * columns] + y[j * columns + 1];
        }
        mean /= 2.0 * n;
        double variance = 0;
        for (int j : rows) {
            double a = y[j * columns] - mean;
            double b = y[j * columns + 1] - mean;
            variance += a * a + b * b;
        }
        variance /= 2.0 * n - 1;
        for (int i = 0; i < first.length; i++) {
            double firstSum = 0;
            double totalSum = 0;
            for (int j : rows) {
                double ab = y[j * columns + 2 + i];
                double dB = y[j * columns + 1] - ab;
                double dA = y[j * columns] - ab;
                firstSum += dB * dB;
                totalSum += dA * dA;
            }
            first[i] = variance > 0 ? (variance - firstSum / (2.0 * n)) / variance : Double.NaN;
            total[i] = variance > 0 ? totalSum / (2.0 * n) / variance : Double.NaN;
        }
        return variance;
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0 || Double.isNaN(sorted[0])) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
