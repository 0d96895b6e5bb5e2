package org.framewright.simulation.internal;

import org.framewright.scoring.ScoringResult;

/** Ranks from scoring results: the engine's ranks, or by overall score (highest first) when the scheme ranks none. */
public final class EngineRanks {

    private EngineRanks() {
    }

    /** One rank per council in data order, 0 = unranked. */
    public static int[] of(ScoringResult result) {
        int councils = result.councils().size();
        int[] ranks = new int[councils];
        EngineDrawModel.read(result, null, new RankSorter(councils), new double[councils], ranks, new int[councils]);
        return ranks;
    }
}
