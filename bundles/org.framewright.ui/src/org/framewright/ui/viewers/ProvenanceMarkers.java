package org.framewright.ui.viewers;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.framewright.model.ModelElement;
import org.framewright.model.Provenance;
import org.framewright.model.query.ProvenanceQuery;

/**
 * The form editor's marker on inferred or invented facts (issue 19): a blue dot at the top right of an element's icon
 * when the element or one of its attributes is a reading, the word "(inferred)" or "(invented)" after an attribute's
 * value in a table cell, and tooltips giving each reading with its reason when the pointer rests on the item or cell.
 */
public final class ProvenanceMarkers {

    private static final ImageDescriptor OVERLAY = ImageDescriptor.createFromImageDataProvider(zoom -> dot());

    private ProvenanceMarkers() {
    }

    /** The overlay for {@code element}: the blue dot when it has an inferred or invented fact, else {@code null}. */
    public static ImageDescriptor overlayOf(Object element) {
        return readings(element).isEmpty() ? null : OVERLAY;
    }

    /** Each inferred or invented fact of {@code element} with its reason, one a line; {@code null} when none. */
    public static String toolTipOf(Object element) {
        List<Provenance> readings = readings(element);
        return readings.isEmpty() ? null
            : readings.stream().map(ProvenanceQuery::describe).collect(Collectors.joining("\n"));
    }

    /** The reading of {@code attribute} of {@code element} with its reason; {@code null} when it is not one. */
    public static String toolTipOf(Object element, String attribute) {
        Provenance reading = reading(element, attribute);
        return reading == null ? null : ProvenanceQuery.describe(reading);
    }

    /** {@code text} followed by " (inferred)" or " (invented)" when {@code attribute} of {@code element} is a reading. */
    public static String marked(Object element, String attribute, String text) {
        Provenance reading = reading(element, attribute);
        return reading == null ? text : text + " (" + reading.getStatus().getLiteral() + ")";
    }

    /** Shows {@link #toolTipOf(Object)} of the item under the pointer as the tree's tooltip. */
    public static void installToolTips(Tree tree) {
        tree.addListener(SWT.MouseHover, event -> {
            TreeItem item = tree.getItem(new Point(event.x, event.y));
            tree.setToolTipText(item == null ? null : toolTipOf(item.getData()));
        });
        tree.addListener(SWT.MouseExit, event -> tree.setToolTipText(null));
    }

    /**
     * Shows, as the table's tooltip, the reading of the attribute shown in the cell under the pointer:
     * {@code attributes[i]} names the attribute of column {@code i} ({@code null}: the whole element).
     */
    public static void installToolTips(Table table, String... attributes) {
        table.addListener(SWT.MouseHover, event -> {
            Point point = new Point(event.x, event.y);
            TableItem item = table.getItem(point);
            String tip = null;
            if (item != null) {
                for (int column = 0; column < table.getColumnCount(); column++) {
                    if (item.getBounds(column).contains(point)) {
                        String attribute = column < attributes.length ? attributes[column] : null;
                        tip = attribute == null ? toolTipOf(item.getData()) : toolTipOf(item.getData(), attribute);
                    }
                }
            }
            table.setToolTipText(tip);
        });
        table.addListener(SWT.MouseExit, event -> table.setToolTipText(null));
    }

    private static List<Provenance> readings(Object element) {
        return element instanceof ModelElement modelElement ? ProvenanceQuery.unstatedReadings(modelElement) : List.of();
    }

    private static Provenance reading(Object element, String attribute) {
        return readings(element).stream().filter(p -> attribute.equals(p.getAttribute())).findFirst().orElse(null);
    }

    /** A 7 x 7 blue dot on a transparent ground. */
    private static ImageData dot() {
        ImageData data = new ImageData(7, 7, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        data.alphaData = new byte[49];
        for (int y = 0; y < 7; y++) {
            for (int x = 0; x < 7; x++) {
                double dx = x - 3;
                double dy = y - 3;
                boolean inside = dx * dx + dy * dy <= 10;
                data.setPixel(x, y, 0x1565C0);
                data.alphaData[y * 7 + x] = (byte) (inside ? 255 : 0);
            }
        }
        return data;
    }
}
