package org.framewright.simulation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A simulation's results as tables, the one shape shared by {@code framewright simulate}'s CSV and the workbench's
 * Simulation view: {@code council,baseline_rating,baseline_rank,median_rank,rank_p05,rank_p95,p_flip} then one
 * {@code p_<level>} per rating level; and the sensitivity indices with their bootstrap intervals.
 */
public final class SimulationTables {

    /** The fixed columns of the statistics table. */
    public static final List<String> COLUMNS = List.of("council", "baseline_rating", "baseline_rank", "median_rank",
        "rank_p05", "rank_p95", "p_flip");
    /** The columns of the sensitivity table. */
    public static final List<String> SENSITIVITY_COLUMNS = List.of("input", "first_order", "first_low",
        "first_high", "total", "total_low", "total_high");

    private SimulationTables() {
    }

    /** The statistics columns of {@code result}: the fixed ones, then one {@code p_<level>} per rating level. */
    public static List<String> header(MonteCarloResult result) {
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(levelColumns(result.levels()));
        return header;
    }

    /**
     * The level columns: {@code p_} + the level name lower-cased with every run of characters other than a-z and
     * 0-9 replaced by one {@code _} (leading and trailing {@code _} dropped); a name that repeats gets
     * {@code _2}, {@code _3}.
     */
    public static List<String> levelColumns(List<String> levels) {
        Set<String> columns = new LinkedHashSet<>();
        for (String level : levels) {
            String base = "p_" + level.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
            String column = base;
            for (int n = 2; !columns.add(column); n++) {
                column = base + "_" + n;
            }
        }
        return List.copyOf(columns);
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
