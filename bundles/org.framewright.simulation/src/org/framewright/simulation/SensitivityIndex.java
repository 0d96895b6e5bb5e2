package org.framewright.simulation;

/**
 * One uncertain input's variance-based sensitivity indices for the mean absolute rank shift, with bootstrap
 * confidence bounds. NaN when the output does not vary at all.
 *
 * @param input the input, e.g. {@code weights of agg-overall}, {@code method of agg-areas}, {@code normalisation}
 * @param first the first-order index S_i: the share of the output's variance due to this input alone
 * @param firstLow the lower confidence bound of S_i
 * @param firstHigh the upper confidence bound of S_i
 * @param total the total index T_i: the share due to this input including its interactions
 * @param totalLow the lower confidence bound of T_i
 * @param totalHigh the upper confidence bound of T_i
 */
public record SensitivityIndex(String input, double first, double firstLow, double firstHigh, double total,
        double totalLow, double totalHigh) {
}
