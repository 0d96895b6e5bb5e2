package org.framewright.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.framewright.model.Council;

/** One council's results: a {@link NodeResult} per scored node (in {@link ScoringResult#nodeIds()} order) and its rank. */
public final class CouncilResult {

    private final Council council;
    private final Map<String, NodeResult> nodes;
    private final Integer rank;

    /** A council's results; {@code nodes} keeps its iteration order. */
    public CouncilResult(Council council, Map<String, NodeResult> nodes, Integer rank) {
        this.council = council;
        this.nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        this.rank = rank;
    }

    /** The council scored. */
    public Council council() {
        return council;
    }

    /** The node results by node id, indicators first, then areas children first, then {@code overall}. */
    public Map<String, NodeResult> nodes() {
        return nodes;
    }

    /** The overall result (unscored when the scheme has no overall rule). */
    public NodeResult overall() {
        return nodes.get(ScoringPlan.OVERALL);
    }

    /** The council's rank on the overall score (1 = best, ties share the best rank), or null when not ranked. */
    public Integer rank() {
        return rank;
    }
}
