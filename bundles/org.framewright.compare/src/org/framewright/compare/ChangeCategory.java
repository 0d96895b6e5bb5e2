package org.framewright.compare;

/** The kind of a feature change, so that users can filter the weights, bands and matrices that drive ratings. */
public enum ChangeCategory {
    /** A plain attribute: name, description, unit, polarity, method, ... */
    ATTRIBUTE,
    /** A reference to other elements: an area's indicators, a rule's banding, the framework's basedOn, ... */
    REFERENCE,
    /** An aggregation weight (or a scenario's weight change). */
    WEIGHT,
    /** A band's bounds or level, a banding's step (or a scenario's band change). */
    BAND,
    /** A rule matrix: its row and column nodes or a cell's result level. */
    MATRIX,
    /** Where a fact comes from: a provenance record's source, location, quote, status or reason (issue 19). */
    PROVENANCE
}
