package org.framewright.simulation.internal;

import java.util.List;

/**
 * One worker's drawn band bounds: per perturbed banding, its bands' lower and upper bounds in this draw. Both paths
 * draw them here, so they consume the random streams alike: per banding one stream (an input per banding) or, per
 * input, one stream per boundary.
 */
final class ThresholdDraw {

    private final List<BandShifts> thresholds;
    private final boolean perBoundary;
    final double[][] lower;
    final double[][] upper;
    private final double[][] shifts;

    ThresholdDraw(List<BandShifts> thresholds, boolean perBoundary) {
        this.thresholds = thresholds;
        this.perBoundary = perBoundary;
        lower = new double[thresholds.size()][];
        upper = new double[thresholds.size()][];
        shifts = new double[thresholds.size()][];
        for (int t = 0; t < thresholds.size(); t++) {
            lower[t] = new double[thresholds.get(t).bands()];
            upper[t] = new double[thresholds.get(t).bands()];
            shifts[t] = new double[thresholds.get(t).boundaries()];
            thresholds.get(t).base(lower[t], upper[t]);
        }
    }

    /** The number of inputs the thresholds take. */
    int inputs() {
        return perBoundary ? thresholds.stream().mapToInt(BandShifts::boundaries).sum() : thresholds.size();
    }

    /** Draws every banding's bounds from the streams at {@code seeds[input...]}; returns the next input. */
    int draw(long[] seeds, int input, DrawRandom random) {
        for (int t = 0; t < thresholds.size(); t++) {
            BandShifts banding = thresholds.get(t);
            if (!perBoundary) {
                random.reseed(seeds[input++]);
            }
            for (int b = 0; b < banding.boundaries(); b++) {
                if (perBoundary) {
                    random.reseed(seeds[input++]);
                }
                banding.drawShift(random, shifts[t], b);
            }
            banding.apply(shifts[t], lower[t], upper[t]);
        }
        return input;
    }
}
