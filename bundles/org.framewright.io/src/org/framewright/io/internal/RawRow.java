package org.framewright.io.internal;

import java.util.List;

/**
 * One row of a table as read from the file, before its columns mean anything.
 *
 * @param line 1-based line (CSV: the line the record starts on) or row number (XLSX)
 * @param cells the cells' text, left to right
 */
public record RawRow(long line, List<String> cells) {

    /** The trimmed text of the cell at 0-based {@code index}, or "" when the row is shorter. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index).strip() : "";
    }

    /** Whether every cell is blank. */
    public boolean isBlank() {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
