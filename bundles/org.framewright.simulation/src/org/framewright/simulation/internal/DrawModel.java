package org.framewright.simulation.internal;

import java.util.List;

/**
 * A scheme under uncertainty: every draw is a function of one random stream per uncertain input (a weight group,
 * a method choice), so a draw can be repeated exactly and inputs can be swapped between draws (Saltelli sampling).
 */
public interface DrawModel {

    /** The number of councils ranked in every draw. */
    int councils();

    /** The names of the uncertain inputs, in the order of {@link DrawWorker#evaluate}'s seeds. */
    List<String> inputNames();

    /** The number of rating levels (0 when the scheme has no rating scale). */
    int levelCount();

    /** A new worker with its own scratch arrays, for one thread. */
    DrawWorker newWorker();

    /**
     * The same model with every weight of every perturbed group as its own uncertain input (named
     * {@code weight of PART in RULE}), method and normalisation choices as before; null when this path cannot
     * (the general path).
     */
    default DrawModel perWeight() {
        return null;
    }

    /** One thread's evaluator; reuses its scratch arrays, so it allocates nothing per draw (fast path). */
    interface DrawWorker {

        /** The baseline: ranks (1-based, 0 = unranked) and level indices (-1 = none) without any perturbation. */
        void baseline(int[] ranks, int[] levels);

        /** The draw whose uncertain inputs use the streams starting at {@code inputSeeds}. */
        void evaluate(long[] inputSeeds, int[] ranks, int[] levels);
    }
}
