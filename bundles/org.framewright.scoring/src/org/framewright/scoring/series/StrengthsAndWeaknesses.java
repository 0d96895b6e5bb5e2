package org.framewright.scoring.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.scoring.ScoringResult;

/**
 * A council's strengths and weaknesses: its rank on every indicator among the scored councils (those with an overall
 * score), as {@code framewright benchmark} ranks a council in its group, here the group of every scored council; the
 * best three are its strengths, the worst three its weaknesses. The Scoring view's Strengths tab and the report's
 * section per council ({@code report --council}) both ask this one question.
 */
public final class StrengthsAndWeaknesses {

    /** How many indicators count as strengths, and as weaknesses. */
    public static final int THREE = 3;

    private StrengthsAndWeaknesses() {
    }

    /**
     * The indicators {@code council} has a rank on, best (rank 1) first; ties keep the framework's order.
     *
     * @param data the data {@code result} was scored from
     */
    public static List<BenchmarkRow> of(Framework framework, DataSet data, ScoringResult result, String council) {
        List<BenchmarkRow> rows = new ArrayList<>(Benchmarks.build(framework, data, council, scored(result),
            result.period()).stream().filter(r -> r.rank() != null).toList());
        rows.sort(Comparator.comparingInt(BenchmarkRow::rank)); // stable: ties in the framework's order
        return rows;
    }

    /** The ids of the councils with an overall score, in the result's order: the group ranked against. */
    public static List<String> scored(ScoringResult result) {
        return result.councils().stream().filter(c -> c.overall() != null && c.overall().score() != null)
            .map(c -> c.council().getId()).toList();
    }

    /** Whether position {@code i} of {@code n} (sorted best to worst) is one of the best three. */
    public static boolean isBest(int i, int n) {
        return i < THREE;
    }

    /** Whether position {@code i} of {@code n} is one of the worst three (and not one of the best). */
    public static boolean isWorst(int i, int n) {
        return !isBest(i, n) && i >= n - THREE;
    }
}
