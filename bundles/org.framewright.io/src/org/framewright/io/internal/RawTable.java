package org.framewright.io.internal;

import java.util.List;

/**
 * A table read from a CSV file or the first sheet of a workbook: its header row and its data rows, in file order.
 * Blank rows are already left out.
 *
 * @param sheet the workbook sheet's name, or null for CSV
 * @param cachedFormulas how many cells are formulas whose last calculated (cached) result was read
 * @param firstCachedFormula the reference of the first of them (e.g. C3), or null
 */
public record RawTable(RawRow header, List<RawRow> rows, String sheet, int cachedFormulas,
    String firstCachedFormula) {

    /** A CSV table. */
    public RawTable(RawRow header, List<RawRow> rows) {
        this(header, rows, null, 0, null);
    }
}
