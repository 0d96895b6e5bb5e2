package org.framewright.diagram.ui.editor;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.RGB;

/**
 * The fill and border colours of a diagram node in the Outline's thumbnail, from its CSS classes, as the page's
 * stylesheet (web/framewright.css) and its legend colour them: areas and inputs blue, statements yellow, indicators
 * by lineage, logic elements by kind, lanes pale grey.
 */
final class NodeColours {

    private static final RGB[] DEFAULT = {new RGB(0xee, 0xf1, 0xf4), new RGB(0x4a, 0x59, 0x68)};
    private static final RGB[] LANE = {new RGB(0xf7, 0xf8, 0xfa), new RGB(0xdd, 0xe2, 0xe8)};
    private static final Map<String, RGB[]> BY_CLASS = Map.ofEntries(
            Map.entry("fw-area", pair(0xe3effd, 0x1f5fbf)),
            Map.entry("fw-input", pair(0xe3effd, 0x1f5fbf)),
            Map.entry("fw-assumption", pair(0xf3e8fd, 0x7b3fb5)),
            Map.entry("fw-group", pair(0xf3e8fd, 0x7b3fb5)),
            Map.entry("fw-activity", pair(0xe2f4f1, 0x11806a)),
            Map.entry("fw-output", pair(0xfff4dc, 0xb7791f)),
            Map.entry("fw-outcome", pair(0xe6f5e3, 0x2f7d32)),
            Map.entry("fw-impact", pair(0xfde8e4, 0xb23b26)),
            Map.entry("fw-statement", pair(0xfffbe6, 0x9a7b00)),
            Map.entry("fw-lineage-new", pair(0xdff3da, 0x2f7d32)),
            Map.entry("fw-lineage-revised", pair(0xfff1cc, 0xb7791f)),
            Map.entry("fw-lineage-keep", pair(0xeef1f4, 0x4a5968)),
            Map.entry("fw-lineage-retired", pair(0xf5f5f5, 0x9aa5b1)));

    private NodeColours() {
    }

    /** {fill, border} of a node of GModel {@code type} with CSS {@code classes}. */
    static RGB[] of(String type, List<String> classes) {
        if (type != null && type.endsWith(":lane")) {
            return LANE;
        }
        for (String cssClass : classes == null ? List.<String>of() : classes) {
            RGB[] colours = BY_CLASS.get(cssClass);
            if (colours != null) {
                return colours;
            }
        }
        return DEFAULT;
    }

    private static RGB[] pair(int fill, int border) {
        return new RGB[] {rgb(fill), rgb(border)};
    }

    private static RGB rgb(int hex) {
        return new RGB(hex >> 16 & 0xff, hex >> 8 & 0xff, hex & 0xff);
    }
}
