package org.framewright.compare.report;

import java.util.List;

import org.framewright.scoring.series.BenchmarkRow;
import org.framewright.scoring.series.StrengthsAndWeaknesses;

/**
 * One council's strengths and weaknesses for the report, as {@link StrengthsAndWeaknesses} gives them.
 *
 * @param council the council's id
 * @param name its name (the id when the data names none)
 * @param ranks its indicators by rank among the scored councils, best first
 * @param councils the number of councils ranked against (the scored councils)
 */
public record CouncilStrengths(String council, String name, List<BenchmarkRow> ranks, int councils) {

    /** A copy of {@code ranks}. */
    public CouncilStrengths {
        ranks = List.copyOf(ranks);
    }
}
