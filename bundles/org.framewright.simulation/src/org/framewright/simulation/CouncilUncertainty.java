package org.framewright.simulation;

import java.util.List;

/**
 * One council's Monte Carlo summary. Rank percentiles are nearest-rank percentiles over the draws that ranked the
 * council (the smallest rank r such that at least ceil(q x draws) draws ranked it r or better); null when unranked.
 *
 * @param councilId the council's id (ONS code)
 * @param councilName the council's name
 * @param baselineRating the baseline rating (level name), "" without a rating scale
 * @param baselineRank the baseline rank, null when unranked
 * @param medianRank the median rank over the draws
 * @param rankP05 the 5th percentile rank (the better end)
 * @param rankP95 the 95th percentile rank (the worse end)
 * @param pFlip the share of draws in which the council flips: its rating differs from the baseline rating, or,
 *        when the scheme has no rating scale, its rank differs from the baseline rank
 * @param pLevels the share of draws giving each rating level, in the rating scale's order (empty without a scale)
 */
public record CouncilUncertainty(String councilId, String councilName, String baselineRating, Integer baselineRank,
        Integer medianRank, Integer rankP05, Integer rankP95, double pFlip, List<Double> pLevels) {

    /** Copies the level shares. */
    public CouncilUncertainty {
        pLevels = List.copyOf(pLevels);
    }
}
