package org.framewright.simulation;

import java.util.List;

/**
 * Saltelli/Jansen sensitivity of the mean absolute rank shift (mean over councils of |rank - baseline rank|).
 *
 * @param indices one per uncertain input
 * @param variance the output's variance
 * @param baseSamples N, the rows of each base matrix
 * @param evaluations the model runs made, N x (inputs + 2)
 * @param confidence the confidence level of the bounds, e.g. 0.95
 * @param resamples the bootstrap resamples behind the bounds
 */
public record SensitivityResult(List<SensitivityIndex> indices, double variance, int baseSamples, long evaluations,
        double confidence, int resamples) {

    /** Copies the list. */
    public SensitivityResult {
        indices = List.copyOf(indices);
    }
}
