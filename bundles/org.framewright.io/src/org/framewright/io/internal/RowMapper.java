package org.framewright.io.internal;

/** Turns the raw rows of one table layout into native {@link DataRow}s. */
public interface RowMapper {

    /** The row in native terms, or null when the layout skips it (or it is wrong and reported). */
    DataRow map(RawRow row);
}
