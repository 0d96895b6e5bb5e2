package org.framewright.simulation;

import org.framewright.simulation.internal.DrawRandom;

/**
 * How one draw perturbs the weights of one weight group (the weights of one aggregation rule, or the implicit equal
 * weights of a mean rule). Either way the perturbed weights are renormalised to the baseline total, so only their
 * proportions change.
 */
public enum WeightPerturbation {

    /**
     * Each weight is multiplied by its own factor drawn uniformly from [1 - amount, 1 + amount] (0 &lt;= amount
     * &lt; 1), then the group is renormalised. Amount 0 reproduces the baseline exactly.
     */
    UNIFORM_FACTOR {
        @Override
        void draw(double[] base, int from, int to, double amount, DrawRandom random, double[] out) {
            double baseTotal = 0;
            double total = 0;
            for (int i = from; i < to; i++) {
                double weight = base[i] * (1 - amount + 2 * amount * random.nextDouble());
                out[i] = weight;
                baseTotal += base[i];
                total += weight;
            }
            renormalise(out, from, to, baseTotal, total);
        }
    },

    /**
     * The group's proportions are drawn from a Dirichlet distribution centred on the baseline proportions with
     * concentration {@code amount} (&gt; 0): Dirichlet(amount x w_i / sum w). Larger concentrations stay closer to
     * the baseline (the variance of a proportion p is p(1 - p) / (amount + 1)).
     */
    DIRICHLET {
        @Override
        void draw(double[] base, int from, int to, double amount, DrawRandom random, double[] out) {
            double baseTotal = 0;
            for (int i = from; i < to; i++) {
                baseTotal += base[i];
            }
            double total = 0;
            for (int i = from; i < to; i++) {
                double weight = base[i] > 0 ? random.nextGamma(amount * base[i] / baseTotal) : 0;
                out[i] = weight;
                total += weight;
            }
            renormalise(out, from, to, baseTotal, total);
        }
    };

    /**
     * Writes into {@code out[from..to)} a perturbation of {@code base[from..to)}, using only {@code random}.
     */
    abstract void draw(double[] base, int from, int to, double amount, DrawRandom random, double[] out);

    /** Checks that {@code amount} is meaningful for this perturbation; returns a message or null. */
    public String checkAmount(double amount) {
        if (this == UNIFORM_FACTOR) {
            return amount >= 0 && amount < 1 ? null : "the weight factor spread must be in [0, 1), not " + amount;
        }
        return amount > 0 && Double.isFinite(amount) ? null : "the Dirichlet concentration must be > 0, not " + amount;
    }

    /** Public entry for the kernels of the internal package. */
    public void perturb(double[] base, int from, int to, double amount, DrawRandom random, double[] out) {
        draw(base, from, to, amount, random, out);
    }

    /**
     * Like {@link #perturb}, but weight {@code i} draws its random numbers from its own stream,
     * {@code seeds[firstSeed + i - from]}: each weight is one uncertain input (per-weight sensitivity). The factor
     * (or gamma variate) of a weight is the one {@link #perturb} would draw first from that stream.
     */
    public void perturbEach(double[] base, int from, int to, double amount, DrawRandom random, long[] seeds,
            int firstSeed, double[] out) {
        double baseTotal = 0;
        for (int i = from; i < to; i++) {
            baseTotal += base[i];
        }
        double total = 0;
        for (int i = from; i < to; i++) {
            random.reseed(seeds[firstSeed + i - from]);
            double weight = this == UNIFORM_FACTOR ? base[i] * (1 - amount + 2 * amount * random.nextDouble())
                : base[i] > 0 ? random.nextGamma(amount * base[i] / baseTotal) : 0;
            out[i] = weight;
            total += weight;
        }
        renormalise(out, from, to, baseTotal, total);
    }

    private static void renormalise(double[] out, int from, int to, double baseTotal, double total) {
        if (total > 0 && total != baseTotal) {
            double scale = baseTotal / total;
            for (int i = from; i < to; i++) {
                out[i] *= scale;
            }
        }
    }
}
