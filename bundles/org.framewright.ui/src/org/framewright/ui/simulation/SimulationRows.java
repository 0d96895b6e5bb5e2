package org.framewright.ui.simulation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.framewright.simulation.CouncilUncertainty;
import org.framewright.simulation.MonteCarloResult;
import org.framewright.simulation.SensitivityIndex;
import org.framewright.simulation.SensitivityResult;

/**
 * The simulation's tables, with the columns of {@code framewright simulate}'s CSV:
 * {@code council,baseline_rating,baseline_rank,median_rank,rank_p05,rank_p95,p_flip,p_<level>...}, and of its
 * sensitivity CSV.
 */
public final class SimulationRows {

    /** The fixed columns of the statistics table. */
    public static final List<String> COLUMNS = List.of("council", "baseline_rating", "baseline_rank", "median_rank",
        "rank_p05", "rank_p95", "p_flip");
    /** The columns of the sensitivity table. */
    public static final List<String> SENSITIVITY_COLUMNS = List.of("input", "first_order", "first_low",
        "first_high", "total", "total_low", "total_high");

    private SimulationRows() {
    }

    /** The statistics columns of {@code result}: the fixed ones, then one {@code p_<level>} per rating level. */
    public static List<String> header(MonteCarloResult result) {
        List<String> header = new ArrayList<>(COLUMNS);
        Set<String> levels = new LinkedHashSet<>();
        for (String level : result.levels()) {
            String base = "p_" + level.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
            String column = base;
            for (int n = 2; !levels.add(column); n++) {
                column = base + "_" + n;
            }
        }
        header.addAll(levels);
        return header;
    }

    /** One row per council, in data order. */
    public static List<List<Object>> rows(MonteCarloResult result) {
        List<List<Object>> rows = new ArrayList<>();
        for (CouncilUncertainty council : result.councils()) {
            List<Object> row = new ArrayList<>(List.of(council.councilId(), council.baselineRating()));
            row.add(council.baselineRank());
            row.add(council.medianRank());
            row.add(council.rankP05());
            row.add(council.rankP95());
            row.add(council.pFlip());
            row.addAll(council.pLevels());
            rows.add(row);
        }
        return rows;
    }

    /** One row per uncertain input. */
    public static List<List<Object>> rows(SensitivityResult result) {
        List<List<Object>> rows = new ArrayList<>();
        for (SensitivityIndex index : result.indices()) {
            rows.add(List.of(index.input(), index.first(), index.firstLow(), index.firstHigh(), index.total(),
                index.totalLow(), index.totalHigh()));
        }
        return rows;
    }
}
