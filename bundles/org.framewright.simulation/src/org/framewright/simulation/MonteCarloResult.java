package org.framewright.simulation;

import java.util.List;

/**
 * The result of a Monte Carlo run: one {@link CouncilUncertainty} per council in data order, the rating levels
 * ({@code pLevels} order), and how the run was made.
 *
 * @param councils per council, in the data set's order
 * @param levels the rating scale's level names in order; empty without a rating scale
 * @param samples the number of draws
 * @param seed the seed
 * @param inputs the uncertain inputs drawn
 * @param fastPath true when the primitive kernel ran; false when every draw re-scored with the engine
 */
public record MonteCarloResult(List<CouncilUncertainty> councils, List<String> levels, long samples, long seed,
        List<String> inputs, boolean fastPath) {

    /** Copies the lists. */
    public MonteCarloResult {
        councils = List.copyOf(councils);
        levels = List.copyOf(levels);
        inputs = List.copyOf(inputs);
    }
}
