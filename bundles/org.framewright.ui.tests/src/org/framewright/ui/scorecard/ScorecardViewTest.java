package org.framewright.ui.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.framewright.ui.explorer.ModelExplorerView;
import org.framewright.testing.ui.Gestures;
import org.framewright.testing.ui.Menus;
import org.framewright.testing.ui.Person;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An analyst opens West Northamptonshire's scorecard from the explorer's context menu, reads the months in RAG
 * colours, picks July to see the year to date then, and double-clicks an indicator for its chart with the target.
 * Expected values are the seed's (003) and the hand-worked year-to-date means of {@code ScorecardsTest}.
 */
class ScorecardViewTest {

    private static final RGB RED = new RGB(0xc8, 0x31, 0x2b);
    private static final RGB AMBER = new RGB(0xf0, 0xa8, 0x30);
    private static final RGB GREEN = new RGB(0x3c, 0x9a, 0x46);

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void scorecardFromTheExplorerShowsRagMonthsYearToDateAndTheChart() throws Exception {
        IFile file = Workbenches.freshSample("west-northamptonshire-2024.framework");
        Workbenches.sampleData("west-northamptonshire-2023-24-monthly.csv");
        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        explorer.viewer().setSelection(new StructuredSelection(file), true);
        Workbenches.processEvents();
        assertTrue(Menus.labels("Framewright").contains("Scorecard..."), Menus.labels("Framewright").toString());

        Gestures.choose(explorer.viewer().getTree().getMenu(), "Scorecard...");
        Workbenches.processEvents();

        ScorecardView view = (ScorecardView) Workbenches.page().findView(ScorecardView.ID);
        Table table = view.table();
        assertEquals(List.of("Indicator", "Target", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08",
            "2023-09", "2023-10", "2023-11", "YTD 2023-11", "YTD RAG", "Direction"), headers(table), view.status());
        assertEquals(10, table.getItemCount(), view.status());
        TableItem atHome = table.getItem(0);
        assertTrue(atHome.getText(0).startsWith("2B1  Proportion of older people"), atHome.getText(0));
        assertEquals("79.2", atHome.getText(1));
        // Mar-23 88.9 Green, May 76.5 Amber (misses 79.2 by 2.7 <= 3.96), Jul 43.8 Red
        assertEquals("88.9", atHome.getText(2));
        assertEquals(GREEN, atHome.getBackground(2).getRGB());
        assertEquals("76.5", atHome.getText(4));
        assertEquals(AMBER, atHome.getBackground(4).getRGB());
        assertEquals("43.8", atHome.getText(6));
        assertEquals(RED, atHome.getBackground(6).getRGB());
        // November: year to date 643.1 / 8 = 80.3875 Green; 75.4 after 94.5 is worsening
        assertEquals(List.of("80.3875", "Green", "worsening"), List.of(atHome.getText(11), atHome.getText(12),
            atHome.getText(13)));
        // LGSCO escalations (lower is better): 1 in March is exactly at the target 1: Green
        TableItem lgsco = Person.select(table, 1, "1");
        assertTrue(lgsco.getText(0).startsWith("complaints-lgsco"), lgsco.getText(0));
        assertEquals(GREEN, lgsco.getBackground(2).getRGB());

        Person.choose(view.month(), "2023-07");
        atHome = table.getItem(0);
        assertEquals("YTD 2023-07", table.getColumn(11).getText());
        // (88.9 + 76.5 + 91.2 + 43.8) / 4 = 75.1 misses 79.2 by 4.1 > 3.96: Red; 43.8 after 91.2 is worsening
        assertEquals(List.of("75.1", "Red", "worsening"), List.of(atHome.getText(11), atHome.getText(12),
            atHome.getText(13)));
        assertEquals(RED, atHome.getBackground(12).getRGB());

        Gestures.Answer chart = Gestures.answer("Series: 2B1 against its target", "Close", "scorecard-series.png");
        Gestures.select(atHome);
        Event doubleClick = new Event();
        doubleClick.item = atHome;
        table.notifyListeners(SWT.DefaultSelection, doubleClick);
        assertTrue(chart.text().contains("2023-07 43.8 Red"), chart.text());
        assertTrue(chart.text().contains("target 79.2 (dashed)"), chart.text());
        Workbenches.capture("scorecard-view.png");
    }

    private static List<String> headers(Table table) {
        return List.of(table.getColumns()).stream().map(TableColumn::getText).toList();
    }
}
