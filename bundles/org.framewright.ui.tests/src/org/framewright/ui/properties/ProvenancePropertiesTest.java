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
import org.framewright.testing.ui.Person;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A designer reads and edits a fact's provenance (issue 19) in the Properties view: provenance records are not tree
 * children of their element (in the explorer or the form pages) but rows of the element's properties. Selecting
 * agg-delivery of the CSCI sample shows "Provenance of rounding" with its summary; expanded, it shows the record's
 * status, source and reason, and a new reason typed into the Reason row is kept in the model and undone by Ctrl+Z.
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
        editor.selectElement(delivery);
        Workbenches.processEvents();
        Tree sheet = Gestures.find(properties.getSite().getShell(), Tree.class,
            t -> row(t, "Provenance of rounding") != null);
        TreeItem record = row(sheet, "Provenance of rounding");
        assertTrue(record.getText(1).startsWith("inferred, 000"), record.getText(1));
        Tree schemes = Gestures.find(editor.getSite().getShell(), Tree.class,
            t -> all(t.getItems()).stream().anyMatch(i -> i.getData() == delivery));
        TreeItem deliveryItem = all(schemes.getItems()).stream().filter(i -> i.getData() == delivery).findFirst()
            .orElseThrow();
        Person.expand(deliveryItem);
        assertTrue(deliveryItem.getItemCount() > 0, "the rule's weights and rounding are its children");
        assertTrue(all(deliveryItem.getItems()).stream().noneMatch(i -> i.getData() instanceof Provenance),
            "no provenance record is a child in the form tree");

        Person.expand(record);
        assertEquals("inferred", child(record, "Status").getText(1));
        assertEquals("rounding", child(record, "Attribute").getText(1));
        assertEquals("000", child(record, "Source").getText(1));
        assertTrue(child(record, "Reason").getText(1).startsWith("000 gives no rule"), child(record, "Reason").getText(1));
        Workbenches.capture("provenance-properties.png");

        TreeItem reason = child(record, "Reason");
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
        assertEquals("Our reading: the source gives no rounding rule",
            child(row(sheet, "Provenance of rounding"), "Reason").getText(1));
        Workbenches.page().activate(properties);
        sheet.setFocus();
        Gestures.press("M1+Z");
        Workbenches.processEvents();
        assertEquals(before, rounding.getReason(), "Ctrl+Z undoes the edit");
    }

    private static TreeItem child(TreeItem parent, String name) {
        return all(parent.getItems()).stream().filter(i -> name.equals(i.getText(0))).findFirst()
            .orElseThrow(() -> new AssertionError("no row " + name + " below " + parent.getText(0)));
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
