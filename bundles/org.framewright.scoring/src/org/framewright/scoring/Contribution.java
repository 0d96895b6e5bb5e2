package org.framewright.scoring;

/**
 * One input of a node's score: where it came from, the value it contributed and its weight in percent of the
 * node's result (after re-weighting), or that it was excluded (missing, then {@code value} and {@code weight} are
 * null).
 *
 * @param sourceId the child node id, indicator id, group (disaggregation) id, evidence category id, or the node's
 *        own id for a value given directly
 * @param value the value used (a score or a level value, as the rule says); null when excluded
 * @param weight the effective weight in percent (they sum to 100 over the included inputs); null when excluded or
 *        when the method does not weight (minimum, maximum, median, matrix)
 * @param excluded whether the input was left out
 */
public record Contribution(String sourceId, Double value, Double weight, boolean excluded) {
}
