package org.framewright.scoring.series;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.IndicatorScoringMethod;
import org.framewright.model.Observation;
import org.framewright.model.ScoringScheme;
import org.framewright.model.query.IndicatorRuleQuery;
import org.framewright.model.query.PeriodCalendar;
import org.framewright.model.query.PeriodCalendar.Period;

/**
 * Builds a scorecard: for each council, each indicator of the framework with data (in the framework's order) and
 * each period of the data in range (in time order), the value and its RAG against the period's target, the
 * year-to-date value and RAG, and the direction of travel (see {@link IndicatorSeries}, {@link Rag},
 * {@link Direction}). The amber (and green) tolerance of an indicator is the {@code amberTolerance}
 * ({@code greenTolerance}) of the first {@code target RAG} rule of the framework's schemes that applies to it, else
 * 0. Values per group or category are not read.
 */
public final class Scorecards {

    private Scorecards() {
    }

    /**
     * The scorecard of {@code data} (whose frequency must be monthly, quarterly or annual) for {@code council}
     * (null: every council), from {@code from} to {@code to} inclusive (null: open).
     *
     * @throws IllegalArgumentException when the data's frequency has no order or {@code from}/{@code to} are not its
     *         periods (the message says why)
     */
    public static List<ScorecardRow> build(Framework framework, DataSet data, String council, String from, String to) {
        PeriodCalendar calendar = PeriodCalendar.of(data);
        if (!calendar.ordered()) {
            throw new IllegalArgumentException("the data set declares no frequency (monthly, quarterly or annual)");
        }
        Period first = bound(calendar, from, "--from");
        Period last = bound(calendar, to, "--to");
        Map<String, Map<String, Map<Integer, Double>>> byCouncil = new HashMap<>();
        TreeSet<Period> periods = new TreeSet<>();
        for (Observation o : data.getObservations()) {
            Period period = calendar.parse(o.getPeriod());
            if (period == null || o.getGroup() != null || o.getCategory() != null) {
                continue;
            }
            byCouncil.computeIfAbsent(o.getCouncil().getId(), k -> new HashMap<>())
                .computeIfAbsent(o.getNodeId(), k -> new HashMap<>()).put(period.index(), o.getValue());
            if ((first == null || period.compareTo(first) >= 0) && (last == null || period.compareTo(last) <= 0)) {
                periods.add(period);
            }
        }
        List<ScorecardRow> rows = new ArrayList<>();
        for (Council c : data.getCouncils()) {
            if (council != null && !council.equals(c.getId())) {
                continue;
            }
            Map<String, Map<Integer, Double>> series = byCouncil.getOrDefault(c.getId(), Map.of());
            for (Indicator indicator : framework.getIndicators()) {
                if (!series.containsKey(indicator.getId()) && !(series.containsKey(indicator.getNumeratorId())
                    && series.containsKey(indicator.getDenominatorId()))) {
                    continue;
                }
                IndicatorSeries s = new IndicatorSeries(indicator, calendar,
                    series.getOrDefault(indicator.getId(), Map.of()),
                    series.getOrDefault(String.valueOf(indicator.getNumeratorId()), Map.of()),
                    series.getOrDefault(String.valueOf(indicator.getDenominatorId()), Map.of()));
                double tolerance = tolerance(framework, indicator);
                double green = greenTolerance(framework, indicator);
                for (Period period : periods) {
                    Double value = s.value(period);
                    Double target = s.target(period);
                    Double ytd = s.yearToDate(period);
                    Double ytdTarget = s.yearToDateTarget(period);
                    rows.add(new ScorecardRow(c.getId(), indicator, period.text(), value, target,
                        Rag.rate(value, target, indicator.getPolarity(), green, tolerance), ytd, ytdTarget,
                        Rag.rate(ytd, ytdTarget, indicator.getPolarity(), green, tolerance),
                        Direction.of(s.previous(period), value, indicator.getPolarity())));
                }
            }
        }
        return rows;
    }

    /** The councils with data, in data order, for choosing one. */
    public static Set<String> councils(DataSet data) {
        Set<String> ids = new LinkedHashSet<>();
        data.getCouncils().forEach(c -> ids.add(c.getId()));
        return ids;
    }

    /** The amber tolerance of the first target RAG rule applying to {@code indicator}, else 0. */
    public static double tolerance(Framework framework, Indicator indicator) {
        IndicatorRule rule = ragRule(framework, indicator);
        return rule == null ? 0 : rule.getAmberTolerance();
    }

    /** The green tolerance of the first target RAG rule applying to {@code indicator}, else 0. */
    public static double greenTolerance(Framework framework, Indicator indicator) {
        IndicatorRule rule = ragRule(framework, indicator);
        return rule == null ? 0 : rule.getGreenTolerance();
    }

    private static IndicatorRule ragRule(Framework framework, Indicator indicator) {
        for (ScoringScheme scheme : framework.getSchemes()) {
            for (IndicatorRule rule : scheme.getIndicatorRules()) {
                if (IndicatorScoringMethod.TARGET_RAG.is(rule.getMethod())
                    && new IndicatorRuleQuery(rule).indicators().contains(indicator)) {
                    return rule;
                }
            }
        }
        return null;
    }

    private static Period bound(PeriodCalendar calendar, String text, String option) {
        if (text == null) {
            return null;
        }
        Period period = calendar.parse(text);
        if (period == null) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a period of the data; expected "
                + calendar.form());
        }
        return period;
    }
}
