package org.framewright.diagram.server.export;

import java.util.List;
import java.util.Map;

/**
 * Colours of exported diagrams, by the nodes' CSS classes; the same values as the web client's stylesheet
 * ({@code org.framewright.diagram.ui/web/framewright.css}).
 */
final class DiagramStyle {

    /** Fill and outline of a box. */
    record Colors(String fill, String stroke) {
    }

    private static final Map<String, Colors> BY_CLASS = Map.ofEntries(
            Map.entry("fw-assumption", new Colors("#f3e8fd", "#7b3fb5")),
            Map.entry("fw-input", new Colors("#e3effd", "#1f5fbf")),
            Map.entry("fw-activity", new Colors("#e2f4f1", "#11806a")),
            Map.entry("fw-output", new Colors("#fff4dc", "#b7791f")),
            Map.entry("fw-outcome", new Colors("#e6f5e3", "#2f7d32")),
            Map.entry("fw-impact", new Colors("#fde8e4", "#b23b26")),
            Map.entry("fw-area", new Colors("#e3effd", "#1f5fbf")),
            Map.entry("fw-statement", new Colors("#fffbe6", "#9a7b00")),
            Map.entry("fw-indicator", new Colors("#eef1f4", "#4a5968")),
            Map.entry("fw-group", new Colors("#f3e8fd", "#7b3fb5")),
            Map.entry("fw-badge", new Colors("#ffffff", "#8a98a8")),
            Map.entry("fw-lane", new Colors("#f7f8fa", "#d5dbe2")));
    private static final Colors DEFAULT = new Colors("#ffffff", "#4a5968");

    static final String TEXT = "#17212b";
    static final String EDGE = "#5c6b7a";
    static final String ERROR = "#c62828";
    static final String WARNING = "#ef8f00";

    private DiagramStyle() {
    }

    /** The colours for the first of {@code cssClasses} that has some. */
    static Colors of(List<String> cssClasses) {
        return cssClasses.stream().map(BY_CLASS::get).filter(c -> c != null).findFirst().orElse(DEFAULT);
    }
}
