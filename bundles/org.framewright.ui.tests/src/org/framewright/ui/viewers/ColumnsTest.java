package org.framewright.ui.viewers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

/** A click on a column's header sorts the rows by it (numbers as numbers, blanks last); a second click reverses. */
class ColumnsTest {

    @Test
    void numbersCompareAsNumbersTextIgnoringCaseAndBlanksLast() {
        assertTrue(Columns.compareText("9", "10") < 0, "9 before 10, not after as text");
        assertTrue(Columns.compareText("-2.5", "1") < 0);
        assertTrue(Columns.compareText("apple", "Banana") < 0);
        assertTrue(Columns.compareText("", "0") > 0, "a blank sorts last");
        assertEquals(0, Columns.compareText(" 7 ", "7.0"));
    }

    @Test
    void clickingAHeaderSortsByThatColumnAndClickingAgainReverses() {
        Shell shell = new Shell(Display.getDefault());
        try {
            shell.setLayout(new FillLayout());
            TableViewer viewer = new TableViewer(shell, SWT.FULL_SELECTION);
            viewer.getTable().setHeaderVisible(true);
            Columns.add(viewer, "Council", 120, row -> ((String[]) row)[0]);
            Columns.add(viewer, "Score", 80, row -> ((String[]) row)[1]);
            viewer.setContentProvider(ArrayContentProvider.getInstance());
            viewer.setInput(List.of(new String[] {"Elmstead", "39"}, new String[] {"Abbotsford", "100"},
                new String[] {"Foxley", ""}, new String[] {"Bramwell", "75"}));
            shell.setSize(300, 200);
            shell.open();

            click(viewer, 1);
            assertEquals(List.of("Elmstead", "Bramwell", "Abbotsford", "Foxley"), councils(viewer));
            click(viewer, 1);
            assertEquals(List.of("Foxley", "Abbotsford", "Bramwell", "Elmstead"), councils(viewer));
            click(viewer, 0);
            assertEquals(List.of("Abbotsford", "Bramwell", "Elmstead", "Foxley"), councils(viewer));
        } finally {
            shell.dispose();
        }
    }

    private static void click(TableViewer viewer, int column) {
        viewer.getTable().getColumn(column).notifyListeners(SWT.Selection, new Event());
        while (Display.getDefault().readAndDispatch()) {
            // let the table re-sort
        }
    }

    private static List<String> councils(TableViewer viewer) {
        return Arrays.stream(viewer.getTable().getItems()).map((TableItem item) -> item.getText(0)).toList();
    }
}
