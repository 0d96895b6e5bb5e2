package org.framewright.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.framewright.audit.WeightSunburst.Segment;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Observation;
import org.framewright.testing.SharedData;
import org.framewright.testing.ui.Person;
import org.framewright.testing.ui.Workbenches;
import org.framewright.ui.charts.DistributionChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A person audits ASCOF 2023-24 on the published 2023-24 results and looks at the Distributions tab (a strip of dots
 * per measure, the outliers red, the skewed measures named) and the Sunburst tab (areas and measures, angle by
 * weight, the weight in the tooltip), screenshots of both saved.
 */
class AuditPlotsViewTest {

    @AfterEach
    void closeEditorsAndTheView() {
        Workbenches.closeAllEditors();
        AscofAudit.hide();
    }

    @Test
    void distributionsAndSunburstOfAscof() throws Exception {
        AuditView view = AscofAudit.open().view();
        AscofAudit.run(view);
        Person.toggleMaximised(view);

        AscofAudit.clickTab(view, AuditView.DISTRIBUTIONS);
        DistributionChart distributions = view.distributionChart();
        assertTrue(distributions.chart().isVisible(), "the Distributions tab shows its chart");
        // the outliers counted here from the published values: outside Q1 - 1.5 IQR .. Q3 + 1.5 IQR per measure
        DataImport imported = CouncilDataReader.read(SharedData.file("ascof/trend_data.csv"),
            ImportOptions.forPeriod("2023-24"));
        Map<String, List<Double>> values = imported.dataSet().getObservations().stream().collect(Collectors.groupingBy(
            Observation::getNodeId, LinkedHashMap::new, Collectors.mapping(Observation::getValue, Collectors.toList())));
        int outliers = 0;
        int all = 0;
        for (String indicator : distributions.categories().stream().map(l -> l.replace(DistributionChart.FLAG, ""))
                .toList()) {
            double[] sorted = values.get(indicator).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double q1 = quantile(sorted, 0.25);
            double q3 = quantile(sorted, 0.75);
            outliers += (int) Arrays.stream(sorted).filter(v -> v < q1 - 1.5 * (q3 - q1) || v > q3 + 1.5 * (q3 - q1))
                .count();
            all += sorted.length;
        }
        assertEquals(22, distributions.categories().size());
        assertEquals(outliers, distributions.series(DistributionChart.OUTLIERS).getYSeries().length, "red dots");
        assertEquals(all - outliers, distributions.series(DistributionChart.VALUES).getYSeries().length, "blue dots");
        assertEquals(List.of("2D1", "3D1A", "3D1B"), distributions.flagged(), "the skewed measures");
        assertTrue(distributions.categories().contains("2D1" + DistributionChart.FLAG), "2D1 starred on the axis");
        assertTrue(distributions.chart().getTitle().getText().contains("2D1, 3D1A, 3D1B"),
            distributions.chart().getTitle().getText());
        Path png = Workbenches.capture("workbench-audit-distributions.png");
        assertTrue(Files.size(png) > 10_000);

        AscofAudit.clickTab(view, AuditView.SUNBURST);
        SunburstCanvas sunburst = view.sunburst();
        Workbenches.processEventsUntil(() -> !sunburst.painted().isEmpty());
        // 5 scored areas (area 6 has no measures) and their 22 measures
        assertEquals(27, sunburst.painted().size(), "one segment per scored area and measure");
        png = Workbenches.capture("workbench-audit-sunburst.png");
        assertTrue(Files.size(png) > 10_000);
        Segment safety = sunburst.painted().stream().filter(s -> s.id().equals("4")).findFirst().orElseThrow();
        assertEquals(72, safety.sweepDegrees(), 1e-9, "a fifth of the overall score");
        String tooltip = hover(sunburst, safety);
        assertTrue(tooltip.startsWith("Safety (4): weight 20.0 % of the overall score"), tooltip);
        Segment empowerment = sunburst.painted().stream().filter(s -> s.id().equals("3D1A")).findFirst().orElseThrow();
        assertTrue(hover(sunburst, empowerment).contains("weight 2.5 %"), "one of area 3's eight measures");
        png = Workbenches.capture("workbench-audit-sunburst-tooltip.png");
        assertTrue(Files.size(png) > 10_000);
        // smaller, it is drawn again to fit: the same segment is still under the mouse where it now is
        Person.toggleMaximised(view);
        Workbenches.processEvents();
        assertTrue(hover(sunburst, safety).startsWith("Safety (4)"), "after resizing");
    }

    /** Moves the mouse over the middle of {@code segment} and returns the tooltip the canvas then has. */
    private static String hover(SunburstCanvas sunburst, Segment segment) {
        Point at = sunburst.middleOf(segment);
        Event move = new Event();
        move.x = at.x;
        move.y = at.y;
        sunburst.canvas().notifyListeners(SWT.MouseMove, move);
        Workbenches.processEvents();
        String tooltip = sunburst.canvas().getToolTipText();
        assertNotNull(tooltip, "a tooltip over " + segment.id());
        return tooltip;
    }

    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        return sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]);
    }
}
