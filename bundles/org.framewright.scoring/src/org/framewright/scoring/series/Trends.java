package org.framewright.scoring.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.framewright.model.Area;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.Observation;
import org.framewright.model.ScoringScheme;
import org.framewright.model.query.PeriodCalendar;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringResult;

/**
 * Scores every period of a data set in which the framework's indicators occur, each exactly as
 * {@link ScoringEngine#score} scores that period, and follows each council's overall rank from period to period.
 * Periods are in time order when the data's frequency gives one, else in text order (financial years
 * {@code 2017-18} ... sort correctly either way).
 */
public final class Trends {

    private Trends() {
    }

    /**
     * One row per council and period, periods in order, councils in data order within a period; a council without
     * any row in a period (not yet formed, or gone) has no row for it.
     */
    public static List<TrendRow> build(Framework framework, ScoringScheme scheme, DataSet data) {
        return build(FrameworkChain.of(framework), scheme, data);
    }

    /**
     * As {@link #build(Framework, ScoringScheme, DataSet)}, each period scored with the framework of the chain that
     * covers it best ({@link FrameworkChain#byPeriod}) under its scheme ({@link FrameworkChain#scheme}); the rank
     * change runs on across a change of framework (ranks compare, scores do not).
     */
    public static List<TrendRow> build(FrameworkChain chain, ScoringScheme scheme, DataSet data) {
        Map<String, Set<String>> councilsIn = new HashMap<>();
        for (Observation o : data.getObservations()) {
            if (o.getPeriod() != null) {
                councilsIn.computeIfAbsent(o.getPeriod(), k -> new HashSet<>()).add(o.getCouncil().getId());
            }
        }
        List<TrendRow> rows = new ArrayList<>();
        Map<String, Integer> previous = new HashMap<>();
        boolean first = true;
        for (Map.Entry<String, Framework> entry : chain.byPeriod(data).entrySet()) {
            String period = entry.getKey();
            Framework framework = entry.getValue();
            ScoringResult result = ScoringEngine.score(framework, chain.scheme(framework, scheme), data, period);
            Map<String, Integer> ranks = new HashMap<>();
            for (CouncilResult council : result.councils()) {
                String id = council.council().getId();
                if (!councilsIn.get(period).contains(id)) {
                    continue; // no row in this period: score --period P would not list it
                }
                Integer rank = council.rank();
                Integer before = previous.get(id);
                rows.add(new TrendRow(id, period, council.overall() == null ? null : council.overall().score(),
                    council.overall() == null || council.overall().rating() == null ? "" : council.overall().rating(),
                    rank, first || rank == null || before == null ? null : before - rank));
                if (rank != null) {
                    ranks.put(id, rank);
                }
            }
            previous = ranks;
            first = false;
        }
        return rows;
    }

    /**
     * The changes of framework in the trend of {@code data} under {@code chain}: with one framework, as
     * {@link #breaks(Framework, DataSet)}; with earlier ones, every period scored with another framework than the
     * period before (its other ids: the period's ids the previous framework does not know, and the other way round).
     */
    public static List<FrameworkBreak> breaks(FrameworkChain chain, DataSet data) {
        if (!chain.hasEarlier()) {
            return breaks(chain.current(), data);
        }
        Map<String, Set<String>> idsIn = new HashMap<>();
        for (Observation o : data.getObservations()) {
            if (o.getPeriod() != null) {
                idsIn.computeIfAbsent(o.getPeriod(), k -> new TreeSet<>()).add(o.getNodeId());
            }
        }
        List<FrameworkBreak> breaks = new ArrayList<>();
        String previous = null;
        Framework before = null;
        for (Map.Entry<String, Framework> entry : chain.byPeriod(data).entrySet()) {
            if (before != null && entry.getValue() != before) {
                breaks.add(new FrameworkBreak(entry.getKey(), previous, unknownTo(before, idsIn.get(entry.getKey())),
                    unknownTo(entry.getValue(), idsIn.get(previous))));
            }
            previous = entry.getKey();
            before = entry.getValue();
        }
        return breaks;
    }

    private static List<String> unknownTo(Framework framework, Set<String> ids) {
        Set<String> known = knownIds(framework);
        return ids.stream().filter(id -> !known.contains(id)).toList();
    }

    /** The ids of the framework's indicators and areas. */
    public static Set<String> knownIds(Framework framework) {
        Set<String> known = new HashSet<>();
        framework.getIndicators().forEach(i -> known.add(i.getId()));
        framework.eAllContents().forEachRemaining(e -> {
            if (e instanceof Area area) {
                known.add(area.getId());
            }
        });
        return known;
    }

    /**
     * The changes of framework in the trend of {@code data} under {@code framework}: every period of the trend (see
     * {@link #build}) whose data hold ids that are neither indicators nor areas of the framework while the period
     * before held none, or the other way round, or another such set. On the real ASCOF data under ASCOF 2019-20 (or
     * 2023-24) that is 2023-24.
     */
    public static List<FrameworkBreak> breaks(Framework framework, DataSet data) {
        Set<String> ids = new HashSet<>();
        framework.getIndicators().forEach(i -> ids.add(i.getId()));
        Set<String> known = knownIds(framework);
        Map<String, Set<String>> otherIn = new HashMap<>();
        for (Observation o : data.getObservations()) {
            if (o.getPeriod() != null && !known.contains(o.getNodeId())) {
                otherIn.computeIfAbsent(o.getPeriod(), k -> new TreeSet<>()).add(o.getNodeId());
            }
        }
        List<FrameworkBreak> breaks = new ArrayList<>();
        String previous = null;
        for (String period : periods(ids, data)) {
            Set<String> other = otherIn.getOrDefault(period, Set.of());
            if (previous != null) {
                Set<String> before = otherIn.getOrDefault(previous, Set.of());
                // survey measures come and go from year to year: only a change between none and some, or a set of
                // other ids with nothing in common with the one before, is a change of framework
                boolean changed = other.isEmpty() != before.isEmpty()
                    || (!other.isEmpty() && other.stream().noneMatch(before::contains));
                if (changed) {
                    breaks.add(new FrameworkBreak(period, previous, new ArrayList<>(other), new ArrayList<>(before)));
                }
            }
            previous = period;
        }
        return breaks;
    }

    /** The periods in which some of {@code ids} occur, in time order (see the class comment). */
    static List<String> periods(Set<String> ids, DataSet data) {
        Set<String> periods = new HashSet<>();
        for (Observation o : data.getObservations()) {
            if (o.getPeriod() != null && ids.contains(o.getNodeId())) {
                periods.add(o.getPeriod());
            }
        }
        PeriodCalendar calendar = PeriodCalendar.of(data);
        List<String> ordered = new ArrayList<>(periods);
        ordered.sort(calendar.ordered() ? Comparator.comparing((String p) -> calendar.parse(p) == null ? Integer.MIN_VALUE
            : calendar.parse(p).index()).thenComparing(Comparator.naturalOrder()) : Comparator.naturalOrder());
        return ordered;
    }
}
