package org.framewright.io.internal;

/**
 * Checks the workbook cells a row's fields come from before any of them is read: a formula without a calculated
 * result, an error code or an unreadable stored value is an error in any column, and the value column takes only
 * number cells (or text that is a missing marker). Nothing is evaluated and nothing becomes 0.
 */
final class WorkbookCells {

    private WorkbookCells() {
    }

    /** Whether every cell {@code columns} reads from {@code raw} can be read; reports each one that cannot. */
    static boolean readable(RawRow raw, ColumnBinding columns, Problems problems) {
        boolean readable = true;
        for (Field field : Field.values()) {
            int index = columns.index(field);
            if (index < 0) {
                continue;
            }
            String problem = problem(field, raw.kind(index), raw.cell(index));
            if (problem != null) {
                problems.error(raw.line(), index + 1, columns.header(field), problem);
                readable = false;
            }
        }
        return readable;
    }

    private static String problem(Field field, CellKind kind, String text) {
        return switch (kind) {
            case UNCALCULATED_FORMULA -> Messages.uncalculatedFormula(text);
            case ERROR -> Messages.errorCell(text);
            case UNREADABLE -> Messages.unreadableCell(text);
            case BOOLEAN, DATE -> field == Field.VALUE ? Messages.wrongCellType(kind, text) : null;
            // text that is no number at all is reported as "not a number" with the row's other checks
            case TEXT -> field == Field.VALUE && ValueText.parse(text) != null ? Messages.wrongCellType(kind, text) : null;
            case NUMBER -> null;
        };
    }
}
