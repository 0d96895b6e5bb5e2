package org.framewright.scoring.series;

/**
 * A council's overall result in one period of a trend.
 *
 * @param council the council's ONS code
 * @param period the period scored
 * @param score the overall score, or null when unscored
 * @param rating the overall rating's label, or "" when none
 * @param rank the rank among the councils scored in the period, or null
 * @param rankChange the previous period's rank - this rank (positive = climbed), or null for the first period or
 *        when either rank is missing
 */
public record TrendRow(String council, String period, Double score, String rating, Integer rank, Integer rankChange) {
}
