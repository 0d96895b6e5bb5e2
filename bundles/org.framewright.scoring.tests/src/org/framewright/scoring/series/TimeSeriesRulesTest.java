package org.framewright.scoring.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Frequency;
import org.framewright.model.Indicator;
import org.framewright.model.PeriodAggregation;
import org.framewright.model.PeriodTarget;
import org.framewright.model.Polarity;
import org.framewright.model.query.PeriodCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RAG boundaries for both polarities, and each period aggregation on small series worked by hand. */
class TimeSeriesRulesTest {

    @ParameterizedTest(name = "{0} against {1} ({2})")
    @CsvSource({
        // value, target, polarity, tolerance, expected
        "100, 100, higher is better, 0.05, Green",   // exactly at target
        "95, 100, higher is better, 0.05, Amber",    // exactly at the tolerance: misses by 5 = 0.05 x 100
        "94.99, 100, higher is better, 0.05, Red",
        "100, 100, lower is better, 0.05, Green",
        "105, 100, lower is better, 0.05, Amber",    // exactly at the tolerance
        "105.01, 100, lower is better, 0.05, Red",
        "1.05, 1, lower is better, 0.05, Amber",     // 0.05 x 1 in exact decimals, not 0.050000000000000044
        "-10.5, -10, lower is better, 0.05, Green",
        "-9.5, -10, lower is better, 0.05, Amber",   // |target| = 10
        "80, 100, higher is better, 0, Red"})
    void ragBoundaries(double value, double target, String polarity, double tolerance, String expected) {
        assertEquals(expected, Rag.rate(value, target, Polarity.get(polarity), tolerance).label());
    }

    @ParameterizedTest
    @CsvSource({
        // value, target, polarity, green tolerance, amber tolerance, expected
        "78, 80, higher is better, 0.025, 0.05, Green",   // 2 short = 0.025 x 80, exactly
        "78, 80, higher is better, 0.02, 0.05, Amber",
        "80, 80, higher is better, -0.01, 0.05, Amber",   // on target, but Green needs 0.8 better
        "80.8, 80, higher is better, -0.01, 0.05, Green",
        "102, 100, lower is better, 0.02, 0.05, Green"})
    void aGreenToleranceMovesTheGreenBoundary(double value, double target, String polarity, double green,
            double amber, String expected) {
        assertEquals(expected, Rag.rate(value, target, Polarity.get(polarity), green, amber).label());
    }

    @Test
    void noJudgementAndMissingValuesAreUnrated() {
        assertNull(Rag.rate(1.0, 2.0, Polarity.NO_JUDGEMENT, 0.05));
        assertNull(Rag.rate(null, 2.0, Polarity.HIGHER_IS_BETTER, 0.05));
        assertNull(Rag.rate(1.0, null, Polarity.HIGHER_IS_BETTER, 0.05));
        assertNull(Direction.of(1.0, 2.0, Polarity.NO_JUDGEMENT));
    }

    private static final PeriodCalendar MONTHS = new PeriodCalendar(Frequency.MONTHLY, 4);

    private static IndicatorSeries series(Indicator indicator, Map<Integer, Double> values, Map<Integer, Double> num,
            Map<Integer, Double> den) {
        return new IndicatorSeries(indicator, MONTHS, values, num, den);
    }

    private static Indicator indicator(PeriodAggregation aggregation, Double target) {
        Framework framework = FrameworkFactory.eINSTANCE.createFramework();
        Indicator indicator = FrameworkFactory.eINSTANCE.createIndicator();
        indicator.setId("x");
        indicator.setPeriodAggregation(aggregation);
        indicator.setTarget(target);
        indicator.setPolarity(Polarity.HIGHER_IS_BETTER);
        framework.getIndicators().add(indicator);
        return indicator;
    }

    private static int at(String month) {
        return MONTHS.parse(month).index();
    }

    @Test
    void sumSplitsTheAnnualTargetIntoMonths() {
        // 120 a year = 10 a month; April 12, May 7, June 9: year to date 28 against 30
        IndicatorSeries s = series(indicator(PeriodAggregation.SUM, 120.0),
            Map.of(at("2024-03"), 50.0, at("2024-04"), 12.0, at("2024-05"), 7.0, at("2024-06"), 9.0), Map.of(), Map.of());
        PeriodCalendar.Period june = MONTHS.parse("2024-06");
        assertEquals(10.0, s.target(june));
        assertEquals(28.0, s.yearToDate(june));
        assertEquals(30.0, s.yearToDateTarget(june));
        assertEquals(Rag.AMBER, Rag.rate(s.yearToDate(june), s.yearToDateTarget(june), Polarity.HIGHER_IS_BETTER, 0.1));
        assertEquals(50.0, s.yearToDate(MONTHS.parse("2024-03")), "March closes the previous year");
    }

    @Test
    void aMonthlyTargetProfileReplacesTheSplit() {
        Indicator indicator = indicator(PeriodAggregation.SUM, 120.0);
        for (String[] p : new String[][] {{"2024-04", "5"}, {"2024-05", "15"}}) {
            PeriodTarget target = FrameworkFactory.eINSTANCE.createPeriodTarget();
            target.setPeriod(p[0]);
            target.setTarget(Double.valueOf(p[1]));
            indicator.getTargetProfile().add(target);
        }
        IndicatorSeries s = series(indicator, Map.of(at("2024-04"), 6.0, at("2024-05"), 7.0), Map.of(), Map.of());
        assertEquals(5.0, s.target(MONTHS.parse("2024-04")));
        assertEquals(20.0, s.yearToDateTarget(MONTHS.parse("2024-05")));
        assertEquals(30.0, s.yearToDateTarget(MONTHS.parse("2024-06")), "June has no profile entry: 120 / 12");
    }

    @Test
    void ratioOfSumsSumsNumeratorAndDenominatorSeparately() {
        Indicator indicator = indicator(PeriodAggregation.RATIO_OF_SUMS, 80.0);
        indicator.setNumeratorId("n");
        indicator.setDenominatorId("d");
        // April 9/10 = 90 %, May 1/10 = 10 %, June 30/40 = 75 %: year to date 40/60 = 66.67 %, not the mean 58.3
        IndicatorSeries s = series(indicator, Map.of(),
            Map.of(at("2024-04"), 9.0, at("2024-05"), 1.0, at("2024-06"), 30.0),
            Map.of(at("2024-04"), 10.0, at("2024-05"), 10.0, at("2024-06"), 40.0));
        assertEquals(75.0, s.value(MONTHS.parse("2024-06")));
        assertEquals(100.0 * 40 / 60, s.yearToDate(MONTHS.parse("2024-06")), 1e-12);
        assertEquals(80.0, s.yearToDateTarget(MONTHS.parse("2024-06")));
    }

    @Test
    void rollingTwelveMonthsNeedsAllTwelve() {
        Map<Integer, Double> values = new java.util.HashMap<>();
        for (int m = at("2023-07"); m <= at("2024-06"); m++) {
            values.put(m, 2.0);
        }
        IndicatorSeries s = series(indicator(PeriodAggregation.ROLLING_TWELVE_MONTHS, 20.0), values, Map.of(), Map.of());
        assertEquals(24.0, s.yearToDate(MONTHS.parse("2024-06")));
        assertNull(s.yearToDate(MONTHS.parse("2024-07")), "July 2024 has no value");
    }

    @Test
    void latestTakesTheLastValueOfTheYearSoFar() {
        IndicatorSeries s = series(indicator(PeriodAggregation.LATEST, 5.0),
            Map.of(at("2024-04"), 3.0, at("2024-05"), 4.0), Map.of(), Map.of());
        assertEquals(4.0, s.yearToDate(MONTHS.parse("2024-06")), "June is missing: May's value");
        assertNull(s.value(MONTHS.parse("2024-06")));
    }

    @Test
    void periodsOfEachFrequency() {
        assertEquals(2022, MONTHS.parse("2023-03").financialYear());
        assertEquals(2023, MONTHS.parse("2023-04").financialYear());
        assertNull(MONTHS.parse("2023-13"));
        assertNull(MONTHS.parse("2023-24"));
        PeriodCalendar years = new PeriodCalendar(Frequency.ANNUAL, 4);
        assertEquals(2023, years.parse("2023-24").index());
        assertNull(years.parse("2023-25"));
        assertEquals(List.of(2023, 2023), List.of(new PeriodCalendar(Frequency.QUARTERLY, 4).parse("2023-Q1")
            .financialYear(), new PeriodCalendar(Frequency.QUARTERLY, 4).parse("2023-Q4").financialYear()));
    }
}
