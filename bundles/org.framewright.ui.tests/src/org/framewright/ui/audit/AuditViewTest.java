package org.framewright.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Observation;
import org.framewright.testing.SharedData;
import org.framewright.testing.ui.Person;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A person audits ASCOF 2023-24 on the published results of every council: right-click the framework in the Model
 * Explorer, Audit..., choose the data file and the period, Run audit, and read the indicator and area tables and the
 * correlation heatmap.
 */
class AuditViewTest {

    @AfterEach
    void closeEditorsAndTheView() {
        Workbenches.closeAllEditors();
        AscofAudit.hide();
    }

    @Test
    void auditsAscofFromTheExplorersContextMenu() throws Exception {
        AscofAudit.Opened opened = AscofAudit.open();
        AuditView view = opened.view();
        assertTrue(Workbenches.page().isPartVisible(view));
        assertEquals(opened.model().getName(), view.choices().get(0).getText(), "the selected framework is chosen");
        AscofAudit.run(view);
        assertTrue(view.statusText().startsWith("153 councils, 22 indicators, 6 areas, period 2023-24"),
            view.statusText());
        Label status = view.statusLabel();
        assertTrue(status.getSize().x > 0 && status.computeSize(status.getSize().x, SWT.DEFAULT).y <= status.getSize().y,
            "the status line shows in full: " + view.statusText());

        Table indicators = view.indicatorsTable().viewer().getTable();
        assertEquals(22, indicators.getItemCount());
        List<String> header = Arrays.stream(indicators.getColumns()).map(c -> c.getText()).toList();
        TableItem oneA = Person.select(indicators, 0, "1A");
        DataImport imported = CouncilDataReader.read(SharedData.file("ascof/trend_data.csv"),
            ImportOptions.forPeriod("2023-24"));
        double mean = imported.dataSet().getObservations().stream().filter(o -> "1A".equals(o.getNodeId()))
            .mapToDouble(Observation::getValue).average().orElseThrow();
        assertEquals(BigDecimal.valueOf(mean).setScale(4, RoundingMode.HALF_UP).toPlainString(),
            oneA.getText(header.indexOf("Mean")), "the mean of 1A over the councils' published values");
        TableItem skewed = Person.select(indicators, 0, "2D1");
        assertEquals("|skew| > 2 and kurtosis > 3.5", skewed.getText(header.indexOf("Flags")));

        // a click on the Kurt header sorts ascending, a second descending: numbers sort as numbers (28 > 3.5)
        for (int click = 0; click < 2; click++) {
            view.indicatorsTable().viewer().getTable().getColumn(header.indexOf("Kurt")).notifyListeners(SWT.Selection,
                new Event());
            Workbenches.processEvents();
        }
        assertEquals("2D1", view.indicatorsTable().viewer().getTable().getItem(0).getText(0), "most kurtotic first");
        Table areas = view.areasTable().viewer().getTable();
        assertEquals(6, areas.getItemCount());
        TableItem safety = Person.select(areas, 0, "4");
        assertEquals("-", safety.getText(3), "one measure: no Cronbach's alpha");

        AscofAudit.clickTab(view, "Correlations");
        CorrelationHeatmap heatmap = view.heatmap();
        Workbenches.processEvents();
        int cell = heatmap.cell();
        assertTrue(cell > 0, "the heatmap has room");
        double shown = heatmap.correlationAt(CorrelationHeatmap.MARGIN + cell / 2,
            CorrelationHeatmap.MARGIN + cell + cell / 2);
        assertEquals(view.outcome().report().indicators().get(1).pearson().get("1A"), shown, 0,
            "the square of row 1B, column 1A");
        Person.toggleMaximised(view);
        Path png = Workbenches.capture("workbench-audit-correlations.png");
        Person.toggleMaximised(view);
        assertTrue(Files.size(png) > 10_000);
    }
}
