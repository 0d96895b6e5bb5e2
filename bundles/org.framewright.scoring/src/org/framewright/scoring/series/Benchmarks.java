package org.framewright.scoring.series;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.Observation;

/**
 * Benchmarks a council against a group of councils, indicator by indicator (see {@link GroupStatistics}). The group
 * is the given members plus the council itself; a member without a value for an indicator is left out of that
 * indicator's statistics. Only values of the chosen period (values without a period count in every period) and
 * without group or category are read.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    /**
     * One row per indicator of {@code framework} that some council of the group has a value for, in the
     * framework's order.
     *
     * @param period the period (null: the data must hold one, or values without a period)
     */
    public static List<BenchmarkRow> build(Framework framework, DataSet data, String council,
            Collection<String> members, String period) {
        Map<String, Map<String, Double>> byIndicator = groupValues(framework, data, council, members, period);
        List<BenchmarkRow> rows = new ArrayList<>();
        for (Indicator indicator : framework.getIndicators()) {
            Map<String, Double> values = byIndicator.get(indicator.getId());
            if (values == null) {
                continue;
            }
            GroupStatistics statistics = new GroupStatistics(new ArrayList<>(values.values()));
            Double value = values.get(council);
            rows.add(new BenchmarkRow(council, indicator, value, statistics.size(), statistics.median(),
                statistics.quantile(0.25), statistics.quantile(0.75),
                value == null ? null : statistics.rank(value, indicator.getPolarity()),
                value == null ? null : statistics.robustZ(value)));
        }
        return rows;
    }

    /**
     * The values of the group (the members and the council) per indicator of {@code framework} that some of them
     * has a value for, in the framework's order, each as council code -> value in the group's order.
     */
    public static Map<String, Map<String, Double>> groupValues(Framework framework, DataSet data, String council,
            Collection<String> members, String period) {
        Set<String> group = new LinkedHashSet<>();
        group.add(council);
        group.addAll(members);
        Map<String, Map<String, Double>> byIndicator = new HashMap<>();
        for (Observation o : data.getObservations()) {
            if (o.getValue() == null || o.getGroup() != null || o.getCategory() != null
                || (period != null && o.getPeriod() != null && !period.equals(o.getPeriod()))
                || !group.contains(o.getCouncil().getId())) {
                continue;
            }
            byIndicator.computeIfAbsent(o.getNodeId(), k -> new HashMap<>()).put(o.getCouncil().getId(), o.getValue());
        }
        Map<String, Map<String, Double>> ordered = new LinkedHashMap<>();
        for (Indicator indicator : framework.getIndicators()) {
            Map<String, Double> values = byIndicator.get(indicator.getId());
            if (values != null && !values.isEmpty()) {
                Map<String, Double> inGroupOrder = new LinkedHashMap<>();
                group.stream().filter(values::containsKey).forEach(c -> inGroupOrder.put(c, values.get(c)));
                ordered.put(indicator.getId(), inGroupOrder);
            }
        }
        return ordered;
    }
}
