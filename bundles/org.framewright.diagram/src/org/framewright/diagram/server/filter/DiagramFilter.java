package org.framewright.diagram.server.filter;

import java.util.Arrays;
import java.util.Optional;

/** What a diagram can hide or show on request; each is toggled by {@link ToggleFilterAction}. */
public enum DiagramFilter {
    /** Logic model and structure: hide indicators (badges on logic elements, indicator nodes in the structure). */
    HIDE_INDICATORS,
    /** Logic model: hide assumption/purpose elements and their links. */
    HIDE_ASSUMPTIONS,
    /** Structure: show the cross-cutting classification layer (e.g. CQC key questions) and its links to areas. */
    SHOW_CLASSIFICATIONS,
    /** Logic model and structure: hide retired indicators (lineage "retired"). */
    HIDE_RETIRED_INDICATORS,
    /** Logic model: hide the leads-to links. */
    HIDE_LEADS_TO,
    /** Structure: hide the links from an area to its children, statements and indicators. */
    HIDE_CONTAINS,
    /**
     * Structure: show the evidence items, best-practice lines, guidance and descriptors of the quality statements
     * (off by default: CQC's Assessing needs alone lists 56).
     */
    SHOW_EVIDENCE_ITEMS,
    /**
     * Logic model and structure: mark the nodes whose element or one of whose attributes is inferred or invented
     * (provenance, issue 19) with a dashed outline and a marker whose tooltip gives each reason.
     */
    SHOW_PROVENANCE;

    /** The filter called {@code name}; empty for a name this version does not know (e.g. from a newer file). */
    public static Optional<DiagramFilter> named(String name) {
        return Arrays.stream(values()).filter(filter -> filter.name().equals(name)).findFirst();
    }
}
