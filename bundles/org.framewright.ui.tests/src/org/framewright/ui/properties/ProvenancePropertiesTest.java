package org.framewright.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.framewright.model.AggregationRule;
import org.framewright.model.Provenance;
import org.framewright.model.query.ProvenanceQuery;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.testing.ui.Gestures;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A designer reads and edits a fact's provenance (issue 19) in the Properties view: the CSCI sample's reading of
 * agg-delivery's rounding shows its status, source and reason, and a new reason typed into the Reason row is kept
 * in the model and undone by Ctrl+Z.
 */
class ProvenancePropertiesTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void theRoundingReadingOfAggDeliveryIsShownAndItsReasonEdited() throws Exception {
        IFile file = Workbenches.freshSample("csci-2006.framework");
        FrameworkEditor editor = (FrameworkEditor) Gestures.doubleClickInExplorer(file);
        AggregationRule delivery = editor.document().framework().getSchemes().get(0).getAggregations().stream()
            .filter(r -> r.getId().equals("agg-delivery")).findFirst().orElseThrow();
        Provenance rounding = ProvenanceQuery.of(delivery, "rounding");
        String before = rounding.getReason();
        IViewPart properties = Workbenches.page().showView(IPageLayout.ID_PROP_SHEET);
        Workbenches.page().activate(editor);
        editor.selectElement(rounding);
        Workbenches.processEvents();
        Tree sheet = Gestures.find(properties.getSite().getShell(), Tree.class, t -> row(t, "Reason") != null);

        assertEquals("inferred", row(sheet, "Status").getText(1));
        assertEquals("rounding", row(sheet, "Attribute").getText(1));
        assertEquals("000", row(sheet, "Source").getText(1));
        assertTrue(row(sheet, "Reason").getText(1).startsWith("000 gives no rule"), row(sheet, "Reason").getText(1));

        TreeItem reason = row(sheet, "Reason");
        Gestures.click(reason);
        // a person's click on the value column: the Properties view opens its cell editor on mouse down
        org.eclipse.swt.graphics.Rectangle value = reason.getBounds(1);
        Event down = new Event();
        down.button = 1;
        down.x = value.x + 5;
        down.y = value.y + value.height / 2;
        sheet.notifyListeners(SWT.MouseDown, down);
        Workbenches.processEvents();
        Text cell = Gestures.find(sheet, Text.class, t -> !t.isDisposed() && t.isVisible());
        assertNotNull(cell);
        cell.setFocus();
        cell.selectAll();
        cell.insert("Our reading: the source gives no rounding rule");
        cell.notifyListeners(SWT.DefaultSelection, new Event());
        Workbenches.processEvents();

        assertEquals("Our reading: the source gives no rounding rule", rounding.getReason());
        assertEquals("Our reading: the source gives no rounding rule", row(sheet, "Reason").getText(1));
        Workbenches.page().activate(properties);
        sheet.setFocus();
        Gestures.press("M1+Z");
        Workbenches.processEvents();
        assertEquals(before, rounding.getReason(), "Ctrl+Z undoes the edit");
    }

    private static TreeItem row(Tree sheet, String name) {
        for (TreeItem item : all(sheet.getItems())) {
            if (name.equals(item.getText(0))) {
                return item;
            }
        }
        return null;
    }

    private static List<TreeItem> all(TreeItem[] items) {
        List<TreeItem> all = new ArrayList<>();
        for (TreeItem item : items) {
            all.add(item);
            all.addAll(all(item.getItems()));
        }
        return all;
    }
}
