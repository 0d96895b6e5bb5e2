package org.framewright.scoring;

/** What a scored node is: an indicator, an area of the structure, or the overall result. */
public enum NodeKind {
    /** An indicator scored by an indicator rule. */
    INDICATOR,
    /** An area computed by an aggregation rule. */
    AREA,
    /** The overall result, node id {@code overall}. */
    OVERALL
}
