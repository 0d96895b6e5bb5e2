package org.framewright.diagram.server.filter;

/** What a diagram can hide or show on request; each is toggled by {@link ToggleFilterAction}. */
public enum DiagramFilter {
    /** Logic model and structure: hide indicators (badges on logic elements, indicator nodes in the structure). */
    HIDE_INDICATORS,
    /** Logic model: hide assumption/purpose elements and their links. */
    HIDE_ASSUMPTIONS,
    /** Structure: show the cross-cutting classification layer (e.g. CQC key questions) and its links to areas. */
    SHOW_CLASSIFICATIONS
}
