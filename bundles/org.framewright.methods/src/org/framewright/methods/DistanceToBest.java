package org.framewright.methods;

/**
 * The normalisation {@code distance-to-best}: each council's relative distance to the best council on the
 * indicator, 100 x (value - best) / |best|, with best the highest value (lower is better: the lowest value, and
 * 100 x (best - value) / |best|). The best council scores 0, the others below 0 in per cent of the best value (the
 * handbook's "distance to a reference", the reference being the leader). Undefined when no council has a value or
 * the best value is 0.
 */
public final class DistanceToBest extends ArrayNormalisation {

    @Override
    public String normalise(double[] values, int count, boolean lowerIsBetter, int reference, double[] out) {
        double best = best(values, count, lowerIsBetter);
        if (Double.isNaN(best)) {
            return undefined(out, count, "distance-to-best: no council has a value");
        }
        if (best == 0) {
            return undefined(out, count, "distance-to-best: the best value is 0, so a distance in per cent of it is undefined");
        }
        return DistanceToReference.distances(values, count, lowerIsBetter, best, out);
    }
}
