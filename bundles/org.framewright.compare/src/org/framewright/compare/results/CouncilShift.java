package org.framewright.compare.results;

import java.util.List;
import java.util.Objects;

/**
 * One council's overall result under A and under B, and the nodes that moved most for it.
 *
 * @param councilId the council's id (ONS code)
 * @param councilName the council's name
 * @param scoreA overall score under A (null when unscored or not scored under A)
 * @param scoreB overall score under B
 * @param ratingA overall rating under A, or {@code ""}
 * @param ratingB overall rating under B, or {@code ""}
 * @param rankA rank under A, or null
 * @param rankB rank under B, or null
 * @param reasons the nodes whose score or level changed most for this council, largest first
 */
public record CouncilShift(String councilId, String councilName, Double scoreA, Double scoreB, String ratingA,
        String ratingB, Integer rankA, Integer rankB, List<NodeShift> reasons) {

    /** Checks that the texts are not null and copies the list. */
    public CouncilShift {
        Objects.requireNonNull(councilId, "councilId");
        Objects.requireNonNull(councilName, "councilName");
        Objects.requireNonNull(ratingA, "ratingA");
        Objects.requireNonNull(ratingB, "ratingB");
        reasons = List.copyOf(reasons);
    }

    /** True when the overall rating differs. */
    public boolean ratingChanged() {
        return !ratingA.equals(ratingB);
    }

    /** Places moved down (positive: B ranks the council lower, i.e. a larger number), or null without both ranks. */
    public Integer rankChange() {
        return rankA == null || rankB == null ? null : rankB - rankA;
    }

    /** True when the rating or the rank (or whether it is ranked at all) differs. */
    public boolean changed() {
        return ratingChanged() || !Objects.equals(rankA, rankB);
    }
}
