package org.framewright.io.internal;

import java.util.List;

/**
 * A table read from a CSV file or the first sheet of a workbook: its header row and its data rows, in file order.
 * Blank rows are already left out.
 */
public record RawTable(RawRow header, List<RawRow> rows) {
}
