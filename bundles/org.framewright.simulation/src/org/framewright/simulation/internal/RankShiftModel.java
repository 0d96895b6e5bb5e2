package org.framewright.simulation.internal;

/**
 * Y = the mean over councils of |rank - baseline rank| (councils ranked in both only): the sensitivity analysis's
 * output for a scheme.
 */
public final class RankShiftModel implements ScalarModel {

    private final DrawModel draws;

    /** The rank shift of {@code draws}. */
    public RankShiftModel(DrawModel draws) {
        this.draws = draws;
    }

    @Override
    public int inputs() {
        return draws.inputNames().size();
    }

    @Override
    public Worker newWorker() {
        DrawModel.DrawWorker worker = draws.newWorker();
        int councils = draws.councils();
        int[] baseline = new int[councils];
        int[] ranks = new int[councils];
        int[] levels = new int[councils];
        worker.baseline(baseline, levels);
        return seeds -> {
            worker.evaluate(seeds, ranks, levels);
            long shift = 0;
            int counted = 0;
            for (int c = 0; c < councils; c++) {
                if (ranks[c] > 0 && baseline[c] > 0) {
                    shift += Math.abs(ranks[c] - baseline[c]);
                    counted++;
                }
            }
            return counted == 0 ? 0 : (double) shift / counted;
        };
    }
}
