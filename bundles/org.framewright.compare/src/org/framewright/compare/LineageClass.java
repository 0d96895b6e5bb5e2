package org.framewright.compare;

/** How an indicator of the new framework relates to the old one (001, Option One 5.1 and 5.2). */
public enum LineageClass {
    /** Carried over unchanged in intent ("Keep (1H)"), possibly under a new id. */
    KEEP,
    /** Developed from one or more old indicators ("Revised (1B)"). */
    REVISED,
    /** Without a predecessor in the old framework. */
    NEW,
    /** Declared retired by the new framework ("5.2 Suggested current ASCOF indicators deleted"). */
    RETIRED,
    /** An old indicator that the new framework neither carries on nor declares retired: the proposal is silent. */
    DROPPED
}
