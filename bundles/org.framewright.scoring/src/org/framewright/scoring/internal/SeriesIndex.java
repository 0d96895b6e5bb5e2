package org.framewright.scoring.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.Observation;
import org.framewright.model.query.PeriodCalendar;

/**
 * The councils' own values of some nodes in every period of a data set, in time order, for the time-series
 * imputations. A period's position comes from the data's calendar (so a year missing from the data is a gap of two),
 * or, for data of no declared frequency, from the sorted order of the data's periods.
 */
final class SeriesIndex {

    /** A value in a period at its position in time. */
    record Point(String period, int position, double value) {
    }

    private final Map<String, Map<Council, List<Point>>> series = new HashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();

    SeriesIndex(DataSet data, Collection<String> nodeIds) {
        PeriodCalendar calendar = PeriodCalendar.of(data);
        List<String> periods = new ArrayList<>(DataIndex.periods(data));
        for (String period : periods) {
            PeriodCalendar.Period parsed = calendar.ordered() ? calendar.parse(period) : null;
            positions.put(period, parsed != null ? parsed.index() : periods.indexOf(period));
        }
        Set<String> wanted = new HashSet<>(nodeIds);
        for (Observation observation : data.getObservations()) {
            Integer position = observation.getPeriod() == null ? null : positions.get(observation.getPeriod());
            if (position == null || observation.getValue() == null || observation.getCouncil() == null
                    || !wanted.contains(observation.getNodeId()) || !blank(observation.getGroup())
                    || !blank(observation.getCategory())) {
                continue;
            }
            series.computeIfAbsent(observation.getNodeId(), id -> new HashMap<>())
                .computeIfAbsent(observation.getCouncil(), c -> new ArrayList<>())
                .add(new Point(observation.getPeriod(), position, observation.getValue()));
        }
        series.values().forEach(byCouncil -> byCouncil.values()
            .forEach(points -> points.sort(Comparator.comparingInt(Point::position))));
    }

    /** The position in time of a period of the data, or null. */
    Integer position(String period) {
        return positions.get(period);
    }

    /** The council's values of the node, earliest first (empty when it has none). */
    List<Point> of(Council council, String nodeId) {
        return series.getOrDefault(nodeId, Map.of()).getOrDefault(council, List.of());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
