package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code framewright scorecard}: the CSV contract on the West Northamptonshire monthly data, every cell's RAG
 * recomputed here from the shipped values, and bad inputs.
 */
class ScorecardCommandTest {

    private static final String MODEL = Samples.framework("west-northamptonshire-2024.framework").toString();
    private static final String DATA = Samples.data("west-northamptonshire-2023-24-monthly.csv").toString();

    /** Target and polarity (true = higher is better) as the seed states them; tolerance 5 % of the target. */
    private static final Map<String, Object[]> TARGETS = Map.of("2B1", new Object[] {"79.2", true}, "2D",
        new Object[] {"79.5", true}, "new-requests-hospital-diversion", new Object[] {"300", true},
        "people-allocated-team", new Object[] {"5854", false}, "amhp-enquiries", new Object[] {"63", true},
        "assessments-28-days", new Object[] {"85", true}, "complaints-new", new Object[] {"6", false},
        "complaints-timescale", new Object[] {"85", true}, "complaints-lgsco", new Object[] {"1", false},
        "member-mp-enquiries", new Object[] {"2", false});

    @Test
    void csvHasTheContractsColumnsAndEveryCellRatesAsRecomputed() throws IOException {
        CliRun run = CliRun.of("scorecard", MODEL, "--data", DATA, "--council", "E06000062", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("council,indicator,period,value,target,rag,ytd_value,ytd_rag,direction", lines.get(0));
        assertEquals(91, lines.size());
        List<String> data = Files.readAllLines(Path.of(DATA));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals(9, cells.length, line);
            assertEquals("E06000062", cells[0]);
            assertTrue(data.contains("E06000062,West Northamptonshire," + cells[2] + "," + cells[1] + ",,," + cells[3]),
                "the value is the shipped one: " + line);
            Object[] target = TARGETS.get(cells[1]);
            assertEquals(new BigDecimal((String) target[0]).compareTo(new BigDecimal(cells[4])), 0, line);
            assertEquals(rag(cells[3], (String) target[0], (Boolean) target[1]), cells[5], line);
        }
    }

    @Test
    void rowsWorkedByHand() {
        CliRun run = CliRun.of("scorecard", MODEL, "--data", DATA, "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        // March closes 2022-23: year to date = March alone; no previous month
        assertTrue(lines.contains("E06000062,2B1,2023-03,88.9,79.2,Green,88.9,Green,"), run.out());
        // July: 43.8 misses 79.2 by 35.4; year to date (88.9+76.5+91.2+43.8)/4 = 75.1 misses by 4.1 > 3.96
        assertTrue(lines.contains("E06000062,2B1,2023-07,43.8,79.2,Red,75.1,Red,worsening"), run.out());
        // August: year to date 388.9/5 = 77.78 misses by 1.42: Amber
        assertTrue(lines.contains("E06000062,2B1,2023-08,88.5,79.2,Green,77.78,Amber,improving"), run.out());
        // LGSCO: 1 is exactly at the target 1 (lower is better): Green; November 2 is Red, year to date 6/8
        assertTrue(lines.contains("E06000062,complaints-lgsco,2023-06,1,1,Green,0.333333,Green,worsening"), run.out());
        assertTrue(lines.contains("E06000062,complaints-lgsco,2023-11,2,1,Red,0.75,Green,worsening"), run.out());
        // fewer people waiting is improving (lower is better)
        assertTrue(lines.contains("E06000062,people-allocated-team,2023-11,6883,5854,Red,6883,Red,improving"), run.out());
    }

    @Test
    void fromAndToAndTheOtherFormats() {
        CliRun run = CliRun.of("scorecard", MODEL, "--data", DATA, "--from", "2023-10", "--to", "2023-11", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(21, run.out().lines().count());
        CliRun table = CliRun.of("scorecard", MODEL, "--data", DATA, "--to", "2023-04");
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().lines().anyMatch(l -> l.matches("E06000062 +2B1 +2023-04 +88.9 +79.2 +Green +88.9 +Green +same")),
            table.out());
        CliRun html = CliRun.of("scorecard", MODEL, "--data", DATA, "--format", "html");
        assertEquals(0, html.exitCode(), html.err());
        assertTrue(html.out().contains("<td class=\"Red\">43.8</td>"), html.out());
        assertTrue(html.out().contains("<polyline"), "a sparkline per indicator");
    }

    @Test
    void aPeriodOutsideTheFrequencyIsAnErrorAtItsLine(@TempDir Path folder) throws IOException {
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "council,council_name,period,id,group,category,value\n"
            + "E06000062,West Northamptonshire,2023-04,2B1,,,80\n"
            + "E06000062,West Northamptonshire,2023-13,2B1,,,81\n");
        CliRun run = CliRun.of("scorecard", MODEL, "--data", bad.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(bad + ":3:3: column 'period': '2023-13' is not a period of a monthly data set;"
            + " expected a month YYYY-MM (e.g. 2023-06)"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aMonthTwiceIsAnError(@TempDir Path folder) throws IOException {
        Path bad = folder.resolve("twice.csv");
        Files.writeString(bad, "council,council_name,period,id,group,category,value\n"
            + "E06000062,West Northamptonshire,2023-04,2B1,,,80\n"
            + "E06000062,West Northamptonshire,2023-04,2B1,,,81\n");
        CliRun run = CliRun.of("scorecard", MODEL, "--data", bad.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("twice.csv:3:4:"), run.err());
        assertTrue(run.err().contains("was already given on line 2"), run.err());
    }

    @Test
    void badOptionsAreUsageErrors() {
        CliRun run = CliRun.of("scorecard", MODEL, "--data", DATA, "--from", "March");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--from 'March' is not a period of the data; expected a month YYYY-MM"), run.err());
        CliRun council = CliRun.of("scorecard", MODEL, "--data", DATA, "--council", "E06000001");
        assertEquals(1, council.exitCode());
        assertTrue(council.err().contains("the data has no council E06000001"), council.err());
    }

    /** The RAG rule, written again: Green meets, Amber misses by at most 0.05 x |target|, Red otherwise. */
    private static String rag(String value, String target, boolean higherIsBetter) {
        BigDecimal v = new BigDecimal(value);
        BigDecimal t = new BigDecimal(target);
        BigDecimal miss = higherIsBetter ? t.subtract(v) : v.subtract(t);
        if (miss.signum() <= 0) {
            return "Green";
        }
        return miss.compareTo(t.abs().multiply(new BigDecimal("0.05"))) <= 0 ? "Amber" : "Red";
    }
}
