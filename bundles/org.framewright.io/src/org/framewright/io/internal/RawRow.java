package org.framewright.io.internal;

import java.util.List;

/**
 * One row of a table as read from the file, before its columns mean anything.
 *
 * @param line 1-based line (CSV: the line the record starts on) or row number (XLSX)
 * @param cells the cells' text, left to right
 * @param kinds what each workbook cell holds, left to right; empty for CSV (every cell is text)
 */
public record RawRow(long line, List<String> cells, List<CellKind> kinds) {

    /** A row of text cells (CSV). */
    public RawRow(long line, List<String> cells) {
        this(line, cells, List.of());
    }

    /** The trimmed text of the cell at 0-based {@code index}, or "" when the row is shorter. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index).strip() : "";
    }

    /** What the cell at 0-based {@code index} holds; {@link CellKind#TEXT} for CSV cells and absent cells. */
    public CellKind kind(int index) {
        return index >= 0 && index < kinds.size() ? kinds.get(index) : CellKind.TEXT;
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
