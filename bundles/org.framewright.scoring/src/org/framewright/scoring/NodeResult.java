package org.framewright.scoring;

import java.util.List;

import org.framewright.model.ScaleLevel;

/**
 * The result of one node (indicator, area or overall) for one council: its score, its level and the inputs and notes
 * that explain both, so that a user interface can say where any number came from.
 */
public final class NodeResult {

    private final String nodeId;
    private final NodeKind kind;
    private final Double rawValue;
    private final Double score;
    private final ScaleLevel level;
    private final List<Contribution> inputs;
    private final List<String> notes;
    private final List<String> explanation;

    /**
     * @param nodeId the indicator or area id, or {@code overall}
     * @param kind what the node is
     * @param rawValue for an indicator, the value in the data (null when missing); null for areas
     * @param score the score, null when unscored
     * @param level the level, null when there is none
     * @param inputs the inputs the score came from
     * @param notes explanations (missing inputs, re-weighting, imputation, caps)
     */
    public NodeResult(String nodeId, NodeKind kind, Double rawValue, Double score, ScaleLevel level,
            List<Contribution> inputs, List<String> notes) {
        this(nodeId, kind, rawValue, score, level, inputs, notes, List.of());
    }

    /**
     * A result with the arithmetic that produced it.
     *
     * @param explanation the steps of the rule as applied, in order (see {@link #explanation()})
     */
    public NodeResult(String nodeId, NodeKind kind, Double rawValue, Double score, ScaleLevel level,
            List<Contribution> inputs, List<String> notes, List<String> explanation) {
        this.nodeId = nodeId;
        this.kind = kind;
        this.rawValue = rawValue;
        this.score = score;
        this.level = level;
        this.inputs = List.copyOf(inputs);
        this.notes = List.copyOf(notes);
        this.explanation = List.copyOf(explanation);
    }

    /** The indicator or area id, or {@code overall}. */
    public String nodeId() {
        return nodeId;
    }

    /** Whether the node is an indicator, an area or the overall result. */
    public NodeKind kind() {
        return kind;
    }

    /** For an indicator: the value in the data before scoring (null when missing); null for other nodes. */
    public Double rawValue() {
        return rawValue;
    }

    /** The score (for a normalised indicator, its normalised value); null when the node is unscored. */
    public Double score() {
        return score;
    }

    /** The level (rating) reached, or null. */
    public ScaleLevel level() {
        return level;
    }

    /** The level's name (e.g. {@code Good}, {@code 3} for three stars), or {@code ""} without a level. */
    public String rating() {
        return level == null || level.getName() == null ? "" : level.getName();
    }

    /** The inputs the score came from, in the order the rule lists them. */
    public List<Contribution> inputs() {
        return inputs;
    }

    /** Explanations, e.g. {@code "MH missing: excluded, weights re-normalised over OP, LD, PSD, CAR"}. */
    public List<String> notes() {
        return notes;
    }

    /**
     * The node's arithmetic written out as the rule applied it, one step per line, e.g.
     * {@code "percent of maximum: 100 x (QS1 1 + QS2 1 + QS3 1) / (4 x 3) = 100 x 3 / 12 = 25"},
     * {@code "25 is in band 25-38 of Rating bands: Inadequate"} or
     * {@code "delivery 3 x capacity 2 -> 2 stars (Figure 2)"}: weights used (and re-normalised ones), rounding, the
     * band or matrix cell, a limiter that capped the level. Empty when the node was not scored.
     */
    public List<String> explanation() {
        return explanation;
    }

    @Override
    public String toString() {
        return nodeId + "=" + score + (level == null ? "" : " (" + rating() + ")");
    }
}
