package org.framewright.scoring.series;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.framewright.model.Indicator;
import org.framewright.model.PeriodAggregation;
import org.framewright.model.PeriodTarget;
import org.framewright.model.query.PeriodCalendar;
import org.framewright.model.query.PeriodCalendar.Period;

/**
 * One council's values of one indicator by period, and what the indicator's {@code periodAggregation} makes of
 * them: the period's value, the year-to-date value (the periods of the financial year up to and including the
 * period) and the targets of both.
 * <ul>
 * <li>{@code sum}: year to date = the sum of the year's values so far; a period's target is the profile's, else
 * target / periods per year; the year-to-date target is the sum of the period targets from the year's start.</li>
 * <li>{@code mean}: year to date = the mean of the year's values so far; targets as the profile gives them, else
 * target; the year-to-date target is the mean of the period targets from the year's start.</li>
 * <li>{@code latest} (and unspecified): year to date = the latest value of the year so far; target as given.</li>
 * <li>{@code rolling twelve months}: year to date = the sum of the twelve months ending with the period (empty
 * unless all twelve have values); target as given.</li>
 * <li>{@code ratio of sums}: a period's value is its own, else 100 x numerator / denominator of the period; year
 * to date = 100 x the sum of the numerators / the sum of the denominators so far; target as given.</li>
 * </ul>
 */
public final class IndicatorSeries {

    private final Indicator indicator;
    private final PeriodCalendar calendar;
    private final Map<Integer, Double> values;
    private final Map<Integer, Double> numerators;
    private final Map<Integer, Double> denominators;

    /**
     * The series of {@code indicator} in {@code calendar}, from values by period index (and, for ratio of sums, the
     * numerator and denominator series by period index; may be empty).
     */
    public IndicatorSeries(Indicator indicator, PeriodCalendar calendar, Map<Integer, Double> values,
            Map<Integer, Double> numerators, Map<Integer, Double> denominators) {
        this.indicator = indicator;
        this.calendar = calendar;
        this.values = new TreeMap<>(values);
        this.numerators = new TreeMap<>(numerators);
        this.denominators = new TreeMap<>(denominators);
    }

    private PeriodAggregation aggregation() {
        return indicator.getPeriodAggregation();
    }

    /** The value of {@code period}, or null. */
    public Double value(Period period) {
        Double own = values.get(period.index());
        if (own == null && aggregation() == PeriodAggregation.RATIO_OF_SUMS) {
            return ratio(numerators.get(period.index()), denominators.get(period.index()));
        }
        return own;
    }

    /** The value of the period before {@code period}, or null. */
    public Double previous(Period period) {
        return value(new Period("", period.index() - 1, period.financialYear()));
    }

    /** The target of {@code period}: the profile's, else the annual target (divided per period for sums). */
    public Double target(Period period) {
        for (PeriodTarget profiled : indicator.getTargetProfile()) {
            if (period.text().equals(profiled.getPeriod())) {
                return profiled.getTarget();
            }
        }
        if (indicator.getTarget() == null) {
            return null;
        }
        return aggregation() == PeriodAggregation.SUM ? indicator.getTarget() / calendar.periodsPerYear()
            : indicator.getTarget();
    }

    /** The year-to-date value at {@code period}, or null when the year has no value so far. */
    public Double yearToDate(Period period) {
        int start = yearStart(period);
        switch (aggregation()) {
            case SUM:
            case MEAN: {
                List<Double> found = new ArrayList<>();
                for (int i = start; i <= period.index(); i++) {
                    Double v = value(new Period("", i, period.financialYear()));
                    if (v != null) {
                        found.add(v);
                    }
                }
                return found.isEmpty() ? null : combine(found, aggregation());
            }
            case ROLLING_TWELVE_MONTHS: {
                double sum = 0;
                for (int i = period.index() - calendar.periodsPerYear() + 1; i <= period.index(); i++) {
                    Double v = values.get(i);
                    if (v == null) {
                        return null;
                    }
                    sum += v;
                }
                return sum;
            }
            case RATIO_OF_SUMS: {
                Double numerator = sum(numerators, start, period.index());
                Double denominator = sum(denominators, start, period.index());
                return ratio(numerator, denominator);
            }
            default: {
                for (int i = period.index(); i >= start; i--) {
                    if (values.get(i) != null) {
                        return values.get(i);
                    }
                }
                return null;
            }
        }
    }

    /** The year-to-date target at {@code period}, or null when there is no target. */
    public Double yearToDateTarget(Period period) {
        PeriodAggregation aggregation = aggregation();
        if (aggregation != PeriodAggregation.SUM && aggregation != PeriodAggregation.MEAN) {
            return target(period);
        }
        List<Double> targets = new ArrayList<>();
        for (int i = yearStart(period); i <= period.index(); i++) {
            Double t = target(periodAt(i, period));
            if (t == null) {
                return null;
            }
            targets.add(t);
        }
        return combine(targets, aggregation);
    }

    /** The sum or mean in exact decimals (the mean of 79.2 and 79.2 is 79.2, not 79.20000000000002). */
    private static Double combine(List<Double> values, PeriodAggregation aggregation) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Double v : values) {
            sum = sum.add(BigDecimal.valueOf(v));
        }
        return aggregation == PeriodAggregation.SUM ? sum.doubleValue()
            : sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64).doubleValue();
    }

    private int yearStart(Period period) {
        if (calendar.periodsPerYear() == 1) {
            return period.index();
        }
        int i = period.index();
        while (calendar.parse(text(i - 1)) != null && calendar.parse(text(i - 1)).financialYear() == period.financialYear()) {
            i--;
        }
        return i;
    }

    private Period periodAt(int index, Period within) {
        Period parsed = calendar.parse(text(index));
        return parsed == null ? new Period("", index, within.financialYear()) : parsed;
    }

    /** The text of the period at {@code index} (months and quarters). */
    private String text(int index) {
        return switch (calendar.frequency()) {
            case MONTHLY -> String.format("%04d-%02d", Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
            case QUARTERLY -> String.format("%04d-Q%d", Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
            default -> PeriodCalendar.financialYear(index);
        };
    }

    private static Double sum(Map<Integer, Double> series, int from, int to) {
        double sum = 0;
        boolean any = false;
        for (int i = from; i <= to; i++) {
            Double v = series.get(i);
            if (v != null) {
                sum += v;
                any = true;
            }
        }
        return any ? sum : null;
    }

    private static Double ratio(Double numerator, Double denominator) {
        return numerator == null || denominator == null || denominator == 0 ? null : 100 * numerator / denominator;
    }
}
