package org.framewright.io.internal;

/**
 * What a workbook cell holds, so that a value column never reads a formula without a result, an error code or a
 * cell of another type as a number. CSV cells are all {@link #TEXT}.
 */
public enum CellKind {
    /** Text (every CSV cell; a workbook string cell). */
    TEXT,
    /** A number stored as a number (or a formula's cached number). */
    NUMBER,
    /** TRUE or FALSE. */
    BOOLEAN,
    /** A number formatted as a date. */
    DATE,
    /** An error code such as #N/A or #DIV/0!, stored or as a formula's cached result. */
    ERROR,
    /** A formula saved without a calculated result (many tools other than Excel write these). */
    UNCALCULATED_FORMULA,
    /** A cell whose stored value cannot be read at all (e.g. a number cell holding {@code -INF}). */
    UNREADABLE;

    /** Whether the cell cannot stand for any value, whatever the column. */
    public boolean isFault() {
        return this == ERROR || this == UNCALCULATED_FORMULA || this == UNREADABLE;
    }
}
