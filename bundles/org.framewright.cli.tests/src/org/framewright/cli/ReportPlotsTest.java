package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.framewright.model.Framework;
import org.framewright.model.Polarity;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.testing.AscofRows;
import org.framewright.testing.SharedData;
import org.framewright.testing.SvgMarkup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --simulate N --council ID,...} on the real 2023-24 ASCOF data: the rank-interval and sensitivity
 * plots, and per council named its indicators by rank among the scored councils, the ranks worked out here from the
 * CSV rows and the indicators' polarity.
 */
class ReportPlotsTest {

    private static final Path ASCOF = Samples.framework("ascof-2023-24.framework");
    private static final String WEST_NORTHANTS = "E06000062", KNOWSLEY = "E08000011";
    /** indicator -> council -> value, 2023-24 council rows of the framework's indicators. */
    private static final Map<String, Map<String, Double>> VALUES = new LinkedHashMap<>();
    private static Framework framework;
    private static Path data;
    private static String html;

    @BeforeAll
    static void report(@TempDir Path folder) throws IOException {
        framework = FrameworkFiles.loadFramework(ASCOF);
        Set<String> ids = new LinkedHashSet<>();
        framework.getIndicators().forEach(i -> ids.add(i.getId()));
        data = SharedData.file("ascof/trend_data.csv");
        AscofRows.councilValues("2023-24").forEach((measure, values) -> {
            if (ids.contains(measure)) {
                VALUES.put(measure, values);
            }
        });
        Path out = folder.resolve("report.html");
        CliRun run = CliRun.of("report", ASCOF.toString(), "--data", data.toString(), "--period", "2023-24",
            "--simulate", "300", "--council", WEST_NORTHANTS + "," + KNOWSLEY, "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        html = Files.readString(out);
    }

    @Test
    void theRankIntervalsAreSortedByMedianAndHoldTheirMedian() {
        String svg = SvgMarkup.svg(html, "rank-intervals");
        Matcher m = Pattern.compile("class=\"interval\" data-council=\"([^\"]+)\" data-p05=\"([0-9]+)\" "
            + "data-median=\"([0-9]+)\" data-p95=\"([0-9]+)\"").matcher(svg);
        Set<String> councils = new LinkedHashSet<>();
        int previousMedian = 0;
        while (m.find()) {
            councils.add(m.group(1));
            int p05 = Integer.parseInt(m.group(2));
            int median = Integer.parseInt(m.group(3));
            int p95 = Integer.parseInt(m.group(4));
            assertTrue(p05 <= median && median <= p95, m.group());
            assertTrue(median >= previousMedian, "sorted by median rank: " + m.group());
            previousMedian = median;
        }
        Set<String> withValues = new LinkedHashSet<>();
        VALUES.values().forEach(v -> withValues.addAll(v.keySet()));
        assertEquals(withValues, councils, "one interval per council scored");
        assertEquals(153, councils.size());
    }

    @Test
    void theSensitivityPlotHasAFirstOrderAndATotalBarPerInput() {
        String svg = SvgMarkup.svg(html, "sensitivity");
        List<String> first = SvgMarkup.attributes(svg, "class=\"index first\" data-input=\"([^\"]+)\"");
        List<String> total = SvgMarkup.attributes(svg, "class=\"index total\" data-input=\"([^\"]+)\"");
        assertFalse(first.isEmpty(), svg);
        assertEquals(first, total, "two bars per input");
        for (String input : first) {
            assertTrue(html.contains(">" + input + "</text>"), "the input is named: " + input);
        }
    }

    @Test
    void eachCouncilNamedHasItsIndicatorsByRankBestAndWorstThreeMarked() {
        Set<String> scored = new LinkedHashSet<>();
        VALUES.values().forEach(v -> scored.addAll(v.keySet()));
        for (String council : List.of(WEST_NORTHANTS, KNOWSLEY)) {
            // rank = 1 + the scored councils with a better value, in the indicator's direction; ties share the rank
            Map<String, Boolean> lowerIsBetter = new LinkedHashMap<>();
            framework.getIndicators().stream().filter(i -> i.getPolarity() != Polarity.NO_JUDGEMENT)
                .forEach(i -> lowerIsBetter.put(i.getId(), i.getPolarity() == Polarity.LOWER_IS_BETTER));
            List<String> expected = AscofRows.ranks(VALUES, lowerIsBetter, scored, council);
            String section = html.substring(html.indexOf("<desc>" + council + "</desc>"));
            section = section.substring(0, section.indexOf("</svg>"));
            Matcher m = Pattern.compile("class=\"(rank[a-z ]*)\" data-indicator=\"([^\"]+)\" data-rank=\"([0-9]+)\"")
                .matcher(section);
            List<String> drawn = new ArrayList<>();
            List<String> marks = new ArrayList<>();
            while (m.find()) {
                drawn.add(m.group(2) + "=" + m.group(3));
                marks.add(m.group(1));
            }
            assertEquals(expected, drawn, council);
            int n = marks.size();
            assertTrue(n > 6, council);
            for (int i = 0; i < n; i++) {
                assertEquals(i < 3 ? "rank strength" : i >= n - 3 ? "rank weakness" : "rank", marks.get(i),
                    council + " position " + i);
            }
            assertTrue(html.contains("among the " + scored.size() + " councils scored"), "the group is named");
        }
        assertTrue(html.indexOf("<desc>" + WEST_NORTHANTS + "</desc>") < html.indexOf("<desc>" + KNOWSLEY + "</desc>"),
            "in the order named");
    }

    @Test
    void anUnknownCouncilIsRefusedByName(@TempDir Path folder) {
        Path out = folder.resolve("report.html");
        CliRun run = CliRun.of("report", ASCOF.toString(), "--data", data.toString(), "--period", "2023-24",
            "--council", WEST_NORTHANTS + ",E99999999", "--out", out.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("E99999999") && run.err().contains("trend_data.csv"), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertFalse(Files.exists(out), "nothing written");
    }
}
