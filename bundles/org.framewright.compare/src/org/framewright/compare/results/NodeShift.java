package org.framewright.compare.results;

/**
 * How one node (indicator or area) of one council moved between result A and result B.
 *
 * @param nodeId the node's id
 * @param scoreA the score under A; null when unscored or absent
 * @param scoreB the score under B; null when unscored or absent
 * @param ratingA the level name under A, or {@code ""}
 * @param ratingB the level name under B, or {@code ""}
 * @param presence whether the node exists under both or only one of A and B
 * @param levelChange the change of the level's value (B minus A), 0 when either has no level
 * @param magnitude how far the node moved, in its score's units: |B - A| for a node of both; for a node of only
 *        one side, how far the council's score lies from that node's median across councils (what it adds or
 *        takes away relative to the others)
 */
public record NodeShift(String nodeId, Double scoreA, Double scoreB, String ratingA, String ratingB,
        Presence presence, int levelChange, double magnitude) {

    /** Where a node exists. */
    public enum Presence {
        /** Scored under both A and B. */
        BOTH,
        /** Only A has this node (e.g. an indicator the new framework retired). */
        ONLY_A,
        /** Only B has this node (e.g. a new area). */
        ONLY_B
    }

    /** A short reason, e.g. {@code D2 58.1 -> 41.3 (Good -> Requires improvement)} or {@code QL (only in B) 62}. */
    public String describe() {
        String scores = switch (presence) {
            case BOTH -> ResultsText.number(scoreA) + " -> " + ResultsText.number(scoreB);
            case ONLY_A -> "(only in A) " + ResultsText.number(scoreA);
            case ONLY_B -> "(only in B) " + ResultsText.number(scoreB);
        };
        String ratings = ratingA.equals(ratingB) || presence != Presence.BOTH ? "" : " (" + ResultsText.orNone(ratingA)
            + " -> " + ResultsText.orNone(ratingB) + ")";
        return nodeId + " " + scores + ratings;
    }
}
