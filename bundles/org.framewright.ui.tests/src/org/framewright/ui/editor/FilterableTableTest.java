package org.framewright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.framewright.testing.ui.Gestures;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Indicators and Descriptors pages share one filterable table: a person types into the search field above the
 * table and sees only the rows that mention it, in any letter case; clearing the field shows every row again.
 */
class FilterableTableTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void typingIntoTheIndicatorsSearchFieldKeepsTheIndicatorsThatMentionIt() throws Exception {
        IEditorPart editor = Gestures.doubleClickInExplorer(Workbenches.freshSample("ascof-2023-24.framework"));
        Gestures.clickTab(editor, "Indicators");
        Table table = Gestures.find(editor.getSite().getShell(), Table.class, Gestures.withColumns("Id", "Name"));
        Text search = Gestures.find(editor.getSite().getShell(), Text.class,
            t -> "Filter by id, name, definition or source".equals(t.getMessage()));
        assertEquals(22, table.getItemCount(), "ASCOF 2023-24 has 22 measures");

        type(search, "REABLEMENT");
        List<String> ids = column(table, 0);
        assertTrue(ids.containsAll(List.of("2D1", "2D2")), ids.toString());
        assertTrue(!ids.contains("1A") && ids.size() < 22, ids.toString());

        type(search, "no measure says this");
        assertEquals(0, table.getItemCount());

        type(search, "");
        assertEquals(22, table.getItemCount());
    }

    @Test
    void typingIntoTheDescriptorsSearchFieldKeepsTheDescriptorsThatMentionIt() throws Exception {
        IEditorPart editor = Gestures.doubleClickInExplorer(Workbenches.freshSample("csci-2006.framework"));
        Gestures.clickTab(editor, "Descriptors");
        Table table = Gestures.find(editor.getSite().getShell(), Table.class,
            Gestures.withColumns("Scale", "Area", "Level"));
        Text search = Gestures.find(editor.getSite().getShell(), Text.class,
            t -> "Filter by area, level or text".equals(t.getMessage()));
        assertEquals(36, table.getItemCount(), "CSCI 2006 describes 9 areas at 4 levels");

        type(search, "Healthy Lifestyles");
        assertEquals(4, table.getItemCount(), "the four delivery levels of outcome 1 speak of healthy lifestyles");
        assertEquals(1, column(table, 1).stream().distinct().count(), column(table, 1).toString());

        type(search, "");
        assertEquals(36, table.getItemCount());
    }

    private static void type(Text search, String text) {
        search.setFocus();
        search.setText(text);
        Workbenches.processEvents();
    }

    private static List<String> column(Table table, int column) {
        return Arrays.stream(table.getItems()).map((TableItem item) -> item.getText(column)).toList();
    }
}
