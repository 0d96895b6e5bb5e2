package org.framewright.ui.scorecard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.ISeries;
import org.framewright.testing.SharedData;
import org.framewright.ui.charts.GroupDotChart;
import org.framewright.ui.explorer.ModelExplorerView;
import org.framewright.testing.ui.Controls;
import org.framewright.testing.ui.Menus;
import org.framewright.testing.ui.Person;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An analyst benchmarks West Northamptonshire against its 15 nearest neighbours (Oflog's NN.json) on the published
 * 2023-24 ASCOF results: Framewright > Benchmark... on the framework, then data, groups, council and period chosen in
 * the view. The expected numbers are those {@code BenchmarkCommandTest} (cli.tests) recomputes from the raw rows.
 */
class BenchmarkViewTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void aCouncilAgainstItsNearestNeighbours() throws Exception {
        IFile framework = Workbenches.freshSample("ascof-2023-24.framework");
        Workbenches.linkedData(SharedData.file("ascof/trend_data.csv"));
        Workbenches.linkedData(SharedData.file("oflog/NN.json"));
        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        explorer.viewer().setSelection(new StructuredSelection(framework), true);
        Workbenches.processEvents();
        Menus.select("Framewright", "Benchmark...");
        Workbenches.processEvents();

        BenchmarkView view = (BenchmarkView) Workbenches.page().findView(BenchmarkView.ID);
        Control parent = view.table().getParent().getParent();
        Person.choose(combo(parent, "trend_data.csv"), "trend_data.csv");
        Person.choose(combo(parent, "NN.json"), "NN.json");
        Person.choose(view.council(), "West Northamptonshire (E06000062)");
        Person.choose(view.period(), "2023-24");
        Workbenches.processEvents();

        assertTrue(view.status().startsWith("West Northamptonshire against nearest neighbours of E06000062 (16 councils)"
            + " in 2023-24"), view.status());
        TableItem qualityOfLife = Person.select(view.table(), 0, "1A");
        assertEquals(List.of("1A", "19.5", "16", "19.25", "19.1", "19.4", "2", "1.666667"), texts(qualityOfLife));
        // 2C (admissions to care homes, lower is better): the lowest of the group ranks first
        assertEquals("1", Person.select(view.table(), 0, "2C").getText(6));

        ISeries<?> council = view.chart().chart().getSeriesSet().getSeries(GroupDotChart.COUNCIL);
        assertEquals(1.666667, council.getYSeries()[0], 1e-6, "the council's dot is its robust z");
        long members = Arrays.stream(view.chart().chart().getSeriesSet().getSeries())
            .filter(s -> s.getId().startsWith("member ")).count();
        assertEquals(15, members, "the other 15 councils of the group");
        // a member without a value for an indicator has no dot there (SWTChart would draw a NaN at the plot's edge)
        for (ISeries<?> series : view.chart().chart().getSeriesSet().getSeries()) {
            if (!series.getId().equals(GroupDotChart.COUNCIL) && !series.getId().startsWith("member ")) {
                continue;
            }
            assertEquals(series.getXSeries().length, series.getYSeries().length, series.getId());
            assertTrue(Arrays.stream(series.getYSeries()).noneMatch(Double::isNaN), series.getId());
            assertTrue(Arrays.stream(series.getXSeries()).allMatch(x -> x == Math.rint(x) && x >= 0), series.getId());
        }
        assertEquals(0, council.getXSeries()[0], "1A is the first indicator");
        assertSpreadAsRecomputed(view, "E06000062");
        // the value axis fits every robust z with room to spare: 2A's -4.47 (below its group) is drawn whole
        int independence = view.chart().categories().indexOf("2A");
        double lowest = council.getYSeries()[Arrays.binarySearch(council.getXSeries(), independence)];
        assertEquals(-4.468254, lowest, 1e-6, "2A: " + Person.select(view.table(), 0, "2A").getText(7));
        org.eclipse.swtchart.Range range = view.chart().chart().getAxisSet().getYAxis(0).getRange();
        double min = Arrays.stream(view.chart().chart().getSeriesSet().getSeries())
            .flatMapToDouble(s -> Arrays.stream(s.getYSeries())).min().orElseThrow();
        double max = Arrays.stream(view.chart().chart().getSeriesSet().getSeries())
            .flatMapToDouble(s -> Arrays.stream(s.getYSeries())).max().orElseThrow();
        assertTrue(min <= lowest && range.lower < min - 0.2 && range.upper > max + 0.2,
            range + " around " + min + " .. " + max);
        Workbenches.capture("benchmark-view.png");
    }

    /**
     * Behind the dots, per indicator, the band from the group's first to its third quartile and a mark at its median,
     * on the dots' scale (robust z within the group): read from the chart's series and compared with the quartiles,
     * median and MAD recomputed here from the raw 2023-24 rows of trend_data.csv and the council's group in NN.json.
     */
    private static void assertSpreadAsRecomputed(BenchmarkView view, String code) throws Exception {
        List<String> group = nearestNeighbours(code);
        assertEquals(16, group.size(), "NN.json: the council and its 15 nearest neighbours");
        Map<String, Map<String, Double>> values = values2023(group);
        List<String> indicators = view.chart().categories();
        List<ISeries<?>> series = Arrays.asList(view.chart().chart().getSeriesSet().getSeries());
        int firstDot = series.indexOf(view.chart().chart().getSeriesSet().getSeries(GroupDotChart.COUNCIL));
        for (ISeries<?> s : series) {
            if (s.getId().startsWith("member ")) {
                firstDot = Math.min(firstDot, series.indexOf(s));
            }
        }
        assertEquals(view.table().getItemCount(), indicators.size(), "one column per indicator of the table");
        int checked = 0;
        int wide = 0;
        for (int i = 0; i < indicators.size(); i++) {
            String indicator = indicators.get(i);
            Map<String, Double> byCouncil = values.get(indicator);
            assertTrue(byCouncil != null && !byCouncil.isEmpty(), indicator + " has values in the raw rows");
            List<Double> sorted = new ArrayList<>(byCouncil.values());
            Collections.sort(sorted);
            double median = quantile(sorted, 0.5);
            List<Double> deviations = new ArrayList<>(sorted.stream().map(v -> Math.abs(v - median)).toList());
            Collections.sort(deviations);
            double mad = quantile(deviations, 0.5);
            double zq1 = mad == 0 ? 0 : (quantile(sorted, 0.25) - median) / mad;
            double zq3 = mad == 0 ? 0 : (quantile(sorted, 0.75) - median) / mad;

            ISeries<?> band = view.chart().chart().getSeriesSet().getSeries(GroupDotChart.QUARTILES + indicator);
            ISeries<?> mark = view.chart().chart().getSeriesSet().getSeries(GroupDotChart.MEDIAN + indicator);
            assertTrue(band != null && mark != null, "a band and a median mark for " + indicator);
            assertTrue(series.indexOf(band) < firstDot && series.indexOf(mark) < firstDot,
                indicator + ": the spread is drawn behind the group's dots");
            assertArrayEquals(new double[] {i, i}, band.getXSeries(), 0, indicator + " band at its column");
            assertArrayEquals(new double[] {zq1, zq3}, band.getYSeries(), 1e-9, indicator + " band Q1..Q3");
            assertEquals(i, (mark.getXSeries()[0] + mark.getXSeries()[1]) / 2, 1e-9, indicator + " median at its column");
            assertArrayEquals(new double[] {0, 0}, mark.getYSeries(), 1e-9,
                indicator + ": the median's robust z is (median - median) / MAD");
            if (zq3 - zq1 > 0.5) {
                wide++;
            }
            checked++;
        }
        assertTrue(checked >= 15, "bands checked: " + checked);
        assertTrue(wide >= 10, "most bands have a visible height: " + wide);
        // 1A, read off the table: Q1 19.1 and Q3 19.4 about the median 19.25 give a band symmetric about it
        ISeries<?> qualityOfLife = view.chart().chart().getSeriesSet().getSeries(GroupDotChart.QUARTILES + "1A");
        assertEquals(-qualityOfLife.getYSeries()[0], qualityOfLife.getYSeries()[1], 1e-6);
    }

    /** The type 7 quantile (linear between order statistics at h = (n - 1) p). */
    private static double quantile(List<Double> sorted, double p) {
        double h = (sorted.size() - 1) * p;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, sorted.size() - 1);
        return sorted.get(low) + (h - low) * (sorted.get(high) - sorted.get(low));
    }

    /** The council's group in NN.json: the codes in the array under its own code. */
    private static List<String> nearestNeighbours(String code) throws Exception {
        String json = Files.readString(SharedData.file("oflog/NN.json"));
        Matcher array = Pattern.compile("\"" + code + "\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(json);
        assertTrue(array.find(), code + " in NN.json");
        List<String> codes = new ArrayList<>();
        Matcher member = Pattern.compile("\"([^\"]+)\"").matcher(array.group(1));
        while (member.find()) {
            codes.add(member.group(1));
        }
        return codes;
    }

    /** measure -> council -> value of the 2023-24 council rows of trend_data.csv, for the councils of {@code group}. */
    private static Map<String, Map<String, Double>> values2023(List<String> group) throws Exception {
        Map<String, Map<String, Double>> values = new HashMap<>();
        List<String> lines = Files.readAllLines(SharedData.file("ascof/trend_data.csv"), StandardCharsets.UTF_8);
        List<String> header = cells(lines.get(0));
        int year = header.indexOf("Year");
        int council = header.indexOf("ONS Code");
        int measure = header.indexOf("Measure Group");
        int value = header.indexOf("Measure_Value");
        int level = header.indexOf("Geographical Level");
        for (String line : lines.subList(1, lines.size())) {
            List<String> row = cells(line);
            if (row.size() == header.size() && row.get(year).equals("2023-24") && row.get(level).equals("Council")
                && !row.get(value).isBlank() && group.contains(row.get(council))) {
                values.computeIfAbsent(row.get(measure), k -> new HashMap<>()).put(row.get(council),
                    Double.valueOf(row.get(value)));
            }
        }
        return values;
    }

    /** The cells of a CSV line; a quoted cell may hold commas and doubled quotes. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static Combo combo(Control parent, String item) {
        return Controls.find(parent, Combo.class, c -> Arrays.asList(c.getItems()).contains(item));
    }

    private static List<String> texts(TableItem item) {
        return java.util.stream.IntStream.range(0, item.getParent().getColumnCount()).mapToObj(item::getText).toList();
    }
}
