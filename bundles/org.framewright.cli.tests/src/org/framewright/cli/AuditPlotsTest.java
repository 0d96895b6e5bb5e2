package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.testing.AscofRows;
import org.framewright.testing.SharedData;
import org.framewright.testing.SvgMarkup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plots of {@code audit --format html} on the real 2023-24 ASCOF data, read back from the SVG: the sunburst's
 * arcs span the angles the scheme's weights give (worked out here from the model and the CSV), and each indicator's
 * strip marks in red exactly the councils outside the Tukey fences (computed here from the CSV rows).
 */
class AuditPlotsTest {

    private static final Path ASCOF = Samples.framework("ascof-2023-24.framework");
    /** measure -> council -> value, 2023-24 council rows. */
    private static final Map<String, Map<String, Double>> VALUES = new LinkedHashMap<>();
    private static Framework framework;
    private static String html;

    @BeforeAll
    static void audit(@TempDir Path folder) throws IOException {
        Path data = SharedData.file("ascof/trend_data.csv");
        VALUES.putAll(AscofRows.councilValues("2023-24"));
        framework = FrameworkFiles.loadFramework(ASCOF);
        Path out = folder.resolve("audit.html");
        CliRun run = CliRun.of("audit", ASCOF.toString(), "--data", data.toString(), "--period", "2023-24", "--format",
            "html", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        html = Files.readString(out);
    }

    @Test
    void theSunburstsArcsSpanTheSharesOfTheOverallScore() {
        String svg = SvgMarkup.svg(html, "sunburst");
        Matcher centre = Pattern.compile("<circle cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"[^>]*class=\"centre\"").matcher(svg);
        assertTrue(centre.find(), svg);
        double cx = Double.parseDouble(centre.group(1));
        double cy = Double.parseDouble(centre.group(2));
        // the scheme: overall = mean of the areas that have measures with data; area = mean of its measures
        Map<String, Double> expected = new LinkedHashMap<>();
        List<Area> scored = framework.getAreas().stream()
            .filter(a -> a.getIndicators().stream().anyMatch(i -> VALUES.containsKey(i.getId()))).toList();
        for (Area area : scored) {
            double areaShare = 360.0 / scored.size();
            expected.put(area.getId(), areaShare);
            List<Indicator> measured = area.getIndicators().stream().filter(i -> VALUES.containsKey(i.getId())).toList();
            measured.forEach(i -> expected.put(i.getId(), areaShare / measured.size()));
        }
        Matcher arc = Pattern.compile("<path d=\"M ([-0-9.]+) ([-0-9.]+) A [0-9.]+ [0-9.]+ 0 [01] 1 ([-0-9.]+) ([-0-9.]+)"
            + "[^\"]*\"[^>]*class=\"arc ring([0-9])\" data-id=\"([^\"]+)\"[^>]*><title>([^<]*)</title>").matcher(svg);
        Map<String, Double> drawn = new LinkedHashMap<>();
        double ringOneEnd = 0;
        while (arc.find()) {
            double from = angle(cx, cy, arc.group(1), arc.group(2));
            double to = angle(cx, cy, arc.group(3), arc.group(4));
            double sweep = (to - from + 360) % 360;
            drawn.put(arc.group(6), sweep);
            if (arc.group(5).equals("1")) {
                assertEquals(ringOneEnd % 360, from, 0.05, "areas follow each other round the centre");
                ringOneEnd += sweep;
            }
            assertTrue(arc.group(7).contains("weight " + String.format(java.util.Locale.ROOT, "%.1f",
                expected.get(arc.group(6)) / 3.6) + " % of the overall score"), arc.group(7));
        }
        assertEquals(expected.keySet(), drawn.keySet(), "one arc per area with data and per measure with data");
        expected.forEach((id, degrees) -> assertEquals(degrees, drawn.get(id), 0.05, id));
        assertEquals(360, ringOneEnd, 0.05, "the areas go once round");
        assertTrue(svg.contains(">3D1A</text>"), "the measures are labelled");
    }

    @Test
    void eachStripMarksTheCouncilsOutsideTheTukeyFences() {
        for (String indicator : List.of("1A", "2D1", "3D1A", "4A")) {
            Map<String, Double> values = VALUES.get(indicator);
            double[] sorted = values.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double q1 = quantile(sorted, 0.25);
            double q3 = quantile(sorted, 0.75);
            Set<String> outliers = new TreeSet<>();
            values.forEach((council, v) -> {
                if (v < q1 - 1.5 * (q3 - q1) || v > q3 + 1.5 * (q3 - q1)) {
                    outliers.add(council);
                }
            });
            String strip = strip(indicator);
            assertEquals(values.size(), SvgMarkup.count(strip, "<circle "), indicator + ": one dot per council with a value");
            assertEquals(outliers, councils(strip, "value outlier"), indicator + ": the outliers in red");
            assertFalse(outliers.isEmpty(), indicator);
        }
        assertTrue(strip("2D1").contains("JRC flag"), "2D1 is skewed: |skew| > 2 and kurtosis > 3.5");
        assertTrue(strip("3D1A").contains("JRC flag"));
        assertFalse(strip("1A").contains("JRC flag"));
        assertTrue(html.contains("class=\"heatmap\""), "the heatmap is kept");
        assertFalse(html.contains("<script"), "no script");
    }

    private static String strip(String indicator) {
        int start = html.indexOf("<div class=\"strip\" id=\"distribution-" + indicator + "\">");
        assertTrue(start >= 0, "a strip for " + indicator);
        return html.substring(start, html.indexOf("</div>", start));
    }

    private static Set<String> councils(String svg, String cssClass) {
        return new TreeSet<>(SvgMarkup.attributes(svg, "class=\"" + Pattern.quote(cssClass) + "\" data-council=\"([^\"]+)\""));
    }

    /** Degrees clockwise from 12 o'clock of the point (x, y) seen from the centre. */
    private static double angle(double cx, double cy, String x, String y) {
        double degrees = Math.toDegrees(Math.atan2(Double.parseDouble(x) - cx, cy - Double.parseDouble(y)));
        return degrees < -1e-6 ? degrees + 360 : Math.max(0, degrees);
    }

    /** Linear interpolation between order statistics, as spreadsheets' QUARTILE.INC. */
    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        return sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]);
    }

}
