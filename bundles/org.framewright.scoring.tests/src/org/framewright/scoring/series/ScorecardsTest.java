package org.framewright.scoring.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.framewright.model.Framework;
import org.framewright.model.Frequency;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The West Northamptonshire scorecard (seed 003) from the shipped monthly data: each month's RAG against the
 * 2023-24 target with the 5 % amber tolerance of the sample's {@code rag} scheme, the year-to-date value (the
 * financial year starts in April: Mar-23 closes 2022-23) and its RAG, and the direction of travel.
 */
class ScorecardsTest {

    /** The seed's table, typed from the document: Mar-23 .. Nov-23. */
    private static final double[][] SEED = {
        {88.9, 88.9, 76.5, 91.2, 43.8, 88.5, 84.3, 94.5, 75.4},
        {33.6, 31.8, 39.4, 42, 46.3, 46.6, 49, 50, 49.8},
        {35, 8, 10, 15, 24, 29, 33, 37, 44},
        {6471, 6253, 6500, 6707, 7376, 7389, 7723, 7953, 6883},
        {71, 48, 77, 69, 55, 56, 54, 43, 52},
        {40, 41, 26, 31, 22, 22, 32, 29, 40},
        {14, 14, 11, 10, 11, 13, 15, 19, 14},
        {75, 40, 33.3, 44.4, 57.1, 60, 66.7, 54.2, 29.4},
        {1, 0, 0, 1, 0, 2, 0, 1, 2},
        {11, 10, 7, 13, 9, 8, 5, 10, 8}};
    private static final List<String> IDS = List.of("2B1", "2D", "new-requests-hospital-diversion",
        "people-allocated-team", "amhp-enquiries", "assessments-28-days", "complaints-new", "complaints-timescale",
        "complaints-lgsco", "member-mp-enquiries");
    private static final List<String> MONTHS = List.of("2023-03", "2023-04", "2023-05", "2023-06", "2023-07",
        "2023-08", "2023-09", "2023-10", "2023-11");

    private static List<ScorecardRow> rows;

    @BeforeAll
    static void build() throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework("west-northamptonshire-2024.framework"));
        rows = Scorecards.build(framework, new SeriesData(Frequency.MONTHLY)
            .read(Samples.data("west-northamptonshire-2023-24-monthly.csv")).build(), "E06000062", null, null);
    }

    private static List<ScorecardRow> of(String id) {
        return rows.stream().filter(r -> r.indicator().getId().equals(id)).toList();
    }

    @Test
    void theGridHoldsTheSeedsNinetyValuesInTheModelsOrder() {
        assertEquals(90, rows.size());
        for (int i = 0; i < IDS.size(); i++) {
            List<ScorecardRow> series = of(IDS.get(i));
            assertEquals(MONTHS, series.stream().map(ScorecardRow::period).toList());
            for (int m = 0; m < 9; m++) {
                assertEquals(SEED[i][m], series.get(m).value(), IDS.get(i) + " " + MONTHS.get(m));
            }
        }
    }

    /*
     * Worked by hand (tolerance 5 % of the target):
     * 2B1 79.2 higher, Amber from 75.24: 76.5 A, 43.8 R, 75.4 A (misses by 3.8 <= 3.96), the rest G.
     * 2D 79.5, hospital diversion 300, assessments 85, timescale 85: every month far below: R.
     * people allocated 5854 lower, Amber up to 6146.7: every month above 6253: R.
     * AMHP 63 higher, Amber from 59.85: 71 G, 48 R, 77 G, 69 G, then 55 56 54 43 52 R.
     * new complaints 6 lower (Amber to 6.3), member/MP enquiries 2 lower (to 2.1): every month R.
     * LGSCO 1 lower, Amber to 1.05: 1 is exactly at target (G), 0 G, 2 R.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2B1, GGAGRGGGA",
        "2D, RRRRRRRRR",
        "new-requests-hospital-diversion, RRRRRRRRR",
        "people-allocated-team, RRRRRRRRR",
        "amhp-enquiries, GRGGRRRRR",
        "assessments-28-days, RRRRRRRRR",
        "complaints-new, RRRRRRRRR",
        "complaints-timescale, RRRRRRRRR",
        "complaints-lgsco, GGGGGRGGR",
        "member-mp-enquiries, RRRRRRRRR"})
    void everyMonthRatesAsWorkedOutByHand(String id, String rags) {
        assertEquals(rags, letters(of(id).stream().map(ScorecardRow::rag).toList()));
    }

    /*
     * Year to date, mean of the months of the financial year so far (Mar-23 alone in 2022-23):
     * 2B1: 88.9 G | 88.9 G | (88.9+76.5)/2 = 82.7 G | 85.533 G | 300.4/4 = 75.1 R (misses by 4.1 > 3.96) |
     * 388.9/5 = 77.78 A | 473.2/6 = 78.867 A | 567.7/7 = 81.1 G | 643.1/8 = 80.3875 G.
     * LGSCO: 1 G | 0 | 0 | 1/3 | 1/4 | 3/5 | 3/6 | 4/7 | 6/8 = 0.75: all G (lower is better, target 1).
     * Hospital diversion (latest): the month's own value, all R.
     */
    @Test
    void yearToDateMeansRestartInApril() {
        List<ScorecardRow> s = of("2B1");
        double[] expected = {88.9, 88.9, 82.7, 256.6 / 3, 75.1, 77.78, 473.2 / 6, 81.1, 80.3875};
        for (int m = 0; m < 9; m++) {
            assertEquals(expected[m], s.get(m).ytdValue(), 1e-9, MONTHS.get(m));
            assertEquals(79.2, s.get(m).ytdTarget());
        }
        assertEquals("GGGGRAAGG", letters(s.stream().map(ScorecardRow::ytdRag).toList()));
        List<ScorecardRow> lgsco = of("complaints-lgsco");
        double[] lgscoYtd = {1, 0, 0, 1.0 / 3, 0.25, 0.6, 0.5, 4.0 / 7, 0.75};
        for (int m = 0; m < 9; m++) {
            assertEquals(lgscoYtd[m], lgsco.get(m).ytdValue(), 1e-9, MONTHS.get(m));
        }
        assertEquals("GGGGGGGGG", letters(lgsco.stream().map(ScorecardRow::ytdRag).toList()));
        List<ScorecardRow> diversion = of("new-requests-hospital-diversion");
        for (int m = 0; m < 9; m++) {
            assertEquals(SEED[2][m], diversion.get(m).ytdValue());
        }
    }

    @Test
    void yearToDateIsRecomputedIndependentlyForEveryMeanIndicator() {
        for (int i = 0; i < IDS.size(); i++) {
            if (i == 2 || i == 3) {
                continue; // latest
            }
            List<ScorecardRow> series = of(IDS.get(i));
            assertEquals(SEED[i][0], series.get(0).ytdValue(), IDS.get(i));
            double sum = 0;
            for (int m = 1; m < 9; m++) {
                sum += SEED[i][m];
                assertEquals(sum / m, series.get(m).ytdValue(), 1e-9, IDS.get(i) + " " + MONTHS.get(m));
            }
        }
    }

    @Test
    void directionRespectsPolarity() {
        assertNull(of("2B1").get(0).direction());
        assertEquals(List.of("same", "worsening", "improving", "worsening", "improving", "worsening", "improving",
            "worsening"), labels(of("2B1")));
        // lower is better: fewer people waiting for allocation is improving
        assertEquals(List.of("improving", "worsening", "worsening", "worsening", "worsening", "worsening",
            "worsening", "improving"), labels(of("people-allocated-team")));
    }

    @Test
    void fromAndToLimitThePeriods() throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework("west-northamptonshire-2024.framework"));
        List<ScorecardRow> part = Scorecards.build(framework, new SeriesData(Frequency.MONTHLY)
            .read(Samples.data("west-northamptonshire-2023-24-monthly.csv")).build(), null, "2023-06", "2023-08");
        assertEquals(30, part.size());
        assertEquals(List.of("2023-06", "2023-07", "2023-08"), part.stream().map(ScorecardRow::period).distinct().toList());
        // the months before the range still count: June's direction compares with May (77 -> 69), its year to
        // date is (48 + 77 + 69) / 3 from April
        ScorecardRow june = part.stream().filter(r -> r.indicator().getId().equals("amhp-enquiries")).findFirst()
            .orElseThrow();
        assertEquals(Direction.WORSENING, june.direction());
        assertEquals(194.0 / 3, june.ytdValue(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> Scorecards.build(framework,
            new SeriesData(Frequency.MONTHLY).build(), null, "2023-13", null));
    }

    private static List<String> labels(List<ScorecardRow> series) {
        List<String> out = new ArrayList<>();
        for (int m = 1; m < series.size(); m++) {
            out.add(series.get(m).direction().label());
        }
        return out;
    }

    private static String letters(List<Rag> rags) {
        StringBuilder out = new StringBuilder();
        rags.forEach(r -> out.append(r == null ? '-' : r.label().charAt(0)));
        return out.toString();
    }
}
