package org.framewright.simulation;

import java.util.ArrayList;
import java.util.List;

import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.Scenario;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringResult;
import org.framewright.scoring.Scenarios;
import org.framewright.simulation.internal.EngineRanks;

/**
 * The same councils scored under a scheme's baseline and each of its scenarios ({@code ScoringScheme.scenarios}):
 * per council, each scenario's rating and rank and whether it flips against the baseline. A flip is a different
 * rating; when the scheme has no rating scale, a different rank. Schemes that rank nothing are ranked on the
 * overall score, highest first.
 *
 * @param scenarios the scenarios compared, in the scheme's order
 * @param councils one row per council, in data order
 * @param rated whether the scheme has a rating scale (flips are rating flips) or not (rank flips)
 */
public record ScenarioComparison(List<Scenario> scenarios, List<Row> councils, boolean rated) {

    /** One scenario's outcome for a council. */
    public record Outcome(String rating, Integer rank, boolean flipped) {
    }

    /** One council: its baseline and one {@link Outcome} per scenario. */
    public record Row(String councilId, String councilName, String baselineRating, Integer baselineRank,
            List<Outcome> outcomes) {

        /** The number of scenarios in which the council flips. */
        public long flips() {
            return outcomes.stream().filter(Outcome::flipped).count();
        }
    }

    /** Copies the lists. */
    public ScenarioComparison {
        scenarios = List.copyOf(scenarios);
        councils = List.copyOf(councils);
    }

    /** Scores the baseline and every scenario of {@code scheme}, telling {@code monitor} after each. */
    public static ScenarioComparison of(Framework framework, ScoringScheme scheme, DataSet data, String period,
            SimulationMonitor monitor) {
        List<Scenario> scenarios = List.copyOf(scheme.getScenarios());
        ScoringResult baseline = ScoringEngine.score(framework, scheme, data, period);
        List<ScoringResult> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            if (monitor.isCancelled()) {
                throw new SimulationCancelledException(results.size(), scenarios.size());
            }
            monitor.progress(results.size(), scenarios.size());
            results.add(ScoringEngine.score(framework, Scenarios.apply(scheme, scenario), data, period));
        }
        monitor.progress(scenarios.size(), scenarios.size());
        boolean rated = scheme.getRatingScale() != null;
        int[] baseRanks = EngineRanks.of(baseline);
        List<int[]> ranks = results.stream().map(EngineRanks::of).toList();
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < baseline.councils().size(); c++) {
            CouncilResult base = baseline.councils().get(c);
            String baseRating = rating(base);
            List<Outcome> outcomes = new ArrayList<>();
            for (int s = 0; s < results.size(); s++) {
                CouncilResult other = results.get(s).councils().get(c);
                String rating = rating(other);
                int rank = ranks.get(s)[c];
                boolean flipped = rated ? !rating.equals(baseRating) : rank != baseRanks[c];
                outcomes.add(new Outcome(rating, rank == 0 ? null : rank, flipped));
            }
            rows.add(new Row(base.council().getId(), base.council().getName(), baseRating,
                baseRanks[c] == 0 ? null : baseRanks[c], outcomes));
        }
        return new ScenarioComparison(scenarios, rows, rated);
    }

    private static String rating(CouncilResult result) {
        return result.overall() == null ? "" : result.overall().rating();
    }
}
