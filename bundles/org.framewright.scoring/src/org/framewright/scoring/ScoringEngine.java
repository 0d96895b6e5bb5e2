package org.framewright.scoring;

import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;

/**
 * Scores councils' data under a framework's scoring scheme, as the scheme says (see "How a scheme scores" in the
 * model bundle's README): indicators, then areas children first, then the overall result, then the ranking.
 * To score many times under one scheme, compile a {@link ScoringPlan} once.
 */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    /**
     * Scores {@code data} for {@code period}.
     *
     * @param period the period to score; null means the data's only period
     * @throws ScoringException when the period is unknown, or null while the data holds several periods
     */
    public static ScoringResult score(Framework framework, ScoringScheme scheme, DataSet data, String period) {
        return score(framework, scheme, data, period, ScoringMonitor.NONE);
    }

    /** As {@link #score(Framework, ScoringScheme, DataSet, String)}, reporting progress to {@code monitor}. */
    public static ScoringResult score(Framework framework, ScoringScheme scheme, DataSet data, String period,
            ScoringMonitor monitor) {
        return ScoringPlan.compile(framework, scheme).score(data, period, monitor);
    }
}
