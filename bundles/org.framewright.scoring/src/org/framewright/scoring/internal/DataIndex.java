package org.framewright.scoring.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.Observation;
import org.framewright.scoring.ScoringException;

/**
 * A data set's values for one period, looked up by council, node id, group and category. Observations without a
 * period apply to every period. A missing value (no number) is looked up as null, like an absent one.
 */
public final class DataIndex {

    private final DataSet dataSet;
    private final List<Council> councils;
    private final String period;
    /**
     * The councils' own values (no group, no category), by node id, then by council position. Looked up once per
     * council and node in every run: keyed by the node id itself (its hash is cached) rather than by a key string
     * built per look-up, and one small array per node rather than one map entry per council and node, which kept
     * the garbage collector busy on large frameworks.
     */
    private final Map<String, Double[]> ownValues = new HashMap<>();
    /** Values of a group or category: council, then node, group and category joined. */
    private final Map<Council, Map<String, Double>> partValues = new HashMap<>();
    private final Map<Council, Integer> positions = new IdentityHashMap<>();
    /** Councils with a row (an observation, with or without a value) in the period. */
    private final Set<Council> inPeriod = Collections.newSetFromMap(new IdentityHashMap<>());

    private DataIndex(DataSet data, String period) {
        this.dataSet = data;
        this.period = period;
        Set<Council> elsewhere = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Observation observation : data.getObservations()) {
            Council council = observation.getCouncil();
            boolean otherPeriod = observation.getPeriod() != null && !observation.getPeriod().equals(period);
            if (council != null) {
                (otherPeriod ? elsewhere : inPeriod).add(council);
            }
            if (otherPeriod || council == null || observation.getValue() == null) {
                continue;
            }
            if (blank(observation.getGroup()) && blank(observation.getCategory())) {
                Integer position = positions.computeIfAbsent(council, c -> positions.size());
                Double[] byCouncil = ownValues.get(observation.getNodeId());
                if (byCouncil == null || byCouncil.length <= position) {
                    byCouncil = byCouncil == null ? new Double[Math.max(data.getCouncils().size(), position + 1)]
                        : Arrays.copyOf(byCouncil, Math.max(data.getCouncils().size(), position + 1));
                    ownValues.put(observation.getNodeId(), byCouncil);
                }
                byCouncil[position] = observation.getValue();
            } else {
                partValues.computeIfAbsent(council, c -> new HashMap<>())
                    .put(key(observation.getNodeId(), observation.getGroup(), observation.getCategory()),
                        observation.getValue());
            }
        }
        // a council of other periods only (data of several years read whole) is not scored in this one
        this.councils = data.getCouncils().stream().filter(c -> inPeriod.contains(c) || !elsewhere.contains(c))
            .toList();
    }

    /**
     * The index of {@code data} for {@code period}; without a period the data's only period is used.
     *
     * @throws ScoringException when the period is not in the data, or none is given and the data has several
     */
    public static DataIndex of(DataSet data, String period) {
        Set<String> periods = periods(data);
        if (period != null && !periods.contains(period)) {
            throw new ScoringException("the data has no values for period '" + period + "'; its periods are "
                + (periods.isEmpty() ? "none" : String.join(", ", periods)));
        }
        if (period == null && periods.size() > 1) {
            throw new ScoringException("the data holds several periods (" + String.join(", ", periods)
                + "); choose one to score (--period)");
        }
        return new DataIndex(data, period != null ? period : periods.isEmpty() ? null : periods.iterator().next());
    }

    /** The distinct periods of the data's observations, sorted. */
    public static Set<String> periods(DataSet data) {
        Set<String> periods = new TreeSet<>();
        for (Observation observation : data.getObservations()) {
            if (!blank(observation.getPeriod())) {
                periods.add(observation.getPeriod());
            }
        }
        return periods;
    }

    /** The councils in data set order, less those with rows in other periods only. */
    public List<Council> councils() {
        return councils;
    }

    /** The data set indexed (all its periods), for the treatments that read other periods or comparator groups. */
    public DataSet dataSet() {
        return dataSet;
    }

    /** Whether the council has a row in the period: a council absent from it is never given made-up values. */
    public boolean hasRow(Council council) {
        return inPeriod.contains(council);
    }

    /** The period indexed, or null when the data has none. */
    public String period() {
        return period;
    }

    /** The council's own value for a node (no group, no category), or null. */
    public Double value(Council council, String nodeId) {
        Double[] byCouncil = ownValues.get(nodeId);
        Integer position = byCouncil == null ? null : positions.get(council);
        return position == null || position >= byCouncil.length ? null : byCouncil[position];
    }

    /** The council's value for a node, group and category (null or blank for none), or null when missing. */
    public Double value(Council council, String nodeId, String group, String category) {
        if (blank(group) && blank(category)) {
            return value(council, nodeId);
        }
        Map<String, Double> parts = partValues.get(council);
        return parts == null ? null : parts.get(key(nodeId, group, category));
    }

    /** Whether any council has an own value for the node. */
    public boolean hasValues(String nodeId) {
        return ownValues.containsKey(nodeId);
    }

    private static String key(String nodeId, String group, String category) {
        return nodeId + '\u0000' + (blank(group) ? "" : group) + '\u0000' + (blank(category) ? "" : category);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
