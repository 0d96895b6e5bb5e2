package org.framewright.simulation.internal;

import java.util.List;

/**
 * One worker's drawn thresholds: per perturbed banding, its bands' lower and upper bounds in this draw, then per
 * perturbed target RAG rule its green and amber tolerances. Both paths draw them here, so they consume the random
 * streams alike: per banding or RAG rule one stream (an input each) or, per input, one stream per boundary.
 */
final class ThresholdDraw {

    private final List<BandShifts> thresholds;
    private final boolean perBoundary;
    final double[][] lower;
    final double[][] upper;
    private final double[][] shifts;
    private final List<RagShifts> rags;
    /** Per perturbed RAG rule: its green and amber tolerance in this draw (fractions of the target). */
    final double[][] ragTolerance;
    private final double[] ragShift = new double[2];

    ThresholdDraw(List<BandShifts> thresholds, List<RagShifts> rags, boolean perBoundary) {
        this.thresholds = thresholds;
        this.rags = rags;
        ragTolerance = new double[rags.size()][2];
        for (int r = 0; r < rags.size(); r++) {
            rags.get(r).base(ragTolerance[r]);
        }
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
        return perBoundary ? thresholds.stream().mapToInt(BandShifts::boundaries).sum() + 2 * rags.size()
            : thresholds.size() + rags.size();
    }

    /** Draws every banding's bounds and every RAG rule's tolerances from the streams at {@code seeds[input...]}; returns the next input. */
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
        for (int r = 0; r < rags.size(); r++) {
            RagShifts rag = rags.get(r);
            if (!perBoundary) {
                random.reseed(seeds[input++]);
            }
            for (int b = 0; b < rag.boundaries(); b++) {
                if (perBoundary) {
                    random.reseed(seeds[input++]);
                }
                rag.drawShift(random, ragShift, b);
            }
            rag.apply(ragShift, ragTolerance[r]);
        }
        return input;
    }
}
