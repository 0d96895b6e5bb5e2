package org.framewright.simulation.internal;

/**
 * A counter-based random stream: the SplitMix64 generator of {@link java.util.SplittableRandom}, reseeded for
 * every (seed, draw, input) triple by {@link #streamSeed}. A draw's random numbers therefore depend only on the
 * seed, the draw's index and the uncertain input they belong to, never on which thread ran the draw or in which
 * order: results are identical for any thread count. Mutable and reused (no allocation per draw); not thread-safe.
 */
public final class DrawRandom {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long state;

    /** A stream positioned at {@code seed}. */
    public DrawRandom(long seed) {
        state = seed;
    }

    /** The SplitMix64 finaliser (David Stafford's variant 13), a bijective 64-bit mix. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The seed of the stream for uncertain input {@code input} of draw {@code draw} of a run seeded {@code seed}. */
    public static long streamSeed(long seed, long draw, int input) {
        return mix(mix(mix(seed) + draw * GOLDEN_GAMMA) + (input + 1L) * GOLDEN_GAMMA);
    }

    /** Restarts the stream at {@code seed}. */
    public void reseed(long seed) {
        state = seed;
    }

    /** The next 64 random bits. */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** A uniform double in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A uniform int in [0, bound), bound &gt; 0 (multiply-shift on 32 random bits; bias below 2^-32 x bound). */
    public int nextInt(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** A standard normal variate (Marsaglia's polar method, without keeping the spare so reseeding is exact). */
    public double nextGaussian() {
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }

    /**
     * A Gamma(shape, 1) variate, shape &gt; 0 (Marsaglia and Tsang 2000; for shape &lt; 1 the boost
     * Gamma(shape + 1) x U^(1/shape)).
     */
    public double nextGamma(double shape) {
        if (shape < 1) {
            double boosted = nextGamma(shape + 1);
            return boosted * Math.pow(nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
