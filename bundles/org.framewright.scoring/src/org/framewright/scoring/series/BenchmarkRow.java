package org.framewright.scoring.series;

import org.framewright.model.Indicator;

/**
 * A council's value of one indicator against its comparator group.
 *
 * @param council the council's ONS code
 * @param indicator the indicator
 * @param value the council's value, or null when missing (the statistics of the group are still given)
 * @param groupSize how many councils of the group (the council included) have a value
 * @param median the group's median, or null when no council of the group has a value
 * @param q1 the group's lower quartile, or null
 * @param q3 the group's upper quartile, or null
 * @param rank the council's rank in the group (1 = best), or null
 * @param robustZ (value - group median) / group MAD, or null (no value, or MAD 0)
 */
public record BenchmarkRow(String council, Indicator indicator, Double value, int groupSize, Double median, Double q1,
        Double q3, Integer rank, Double robustZ) {
}
