package org.framewright.io.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The native layout: every header must be a native column (any order, any case); council, id and value are
 * required. A row with more filled cells than the header is an error.
 */
final class NativeRows implements RowMapper {

    private static final List<String> REQUIRED =
        Arrays.stream(Field.values()).filter(Field::required).map(Field::header).toList();

    private final ColumnBinding columns;
    private final int width;
    private final Problems problems;

    private NativeRows(ColumnBinding columns, int width, Problems problems) {
        this.columns = columns;
        this.width = width;
        this.problems = problems;
    }

    static RowMapper bind(RawRow header, Problems problems) {
        ColumnBinding columns = new ColumnBinding();
        List<String> names = header.cells();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            Field field = Field.ofNativeHeader(name);
            if (name.isEmpty()) {
                problems.warning(header.line(), i + 1, "", Messages.blankHeader());
            } else if (field == null) {
                problems.error(header.line(), i + 1, name, Messages.unknownColumn());
            } else if (columns.has(field)) {
                problems.error(header.line(), i + 1, name, Messages.duplicateColumn(columns.column(field)));
            } else {
                columns.bind(field, i, name);
            }
        }
        boolean complete = true;
        for (Field field : Field.values()) {
            if (field.required() && !columns.has(field)) {
                problems.error(header.line(), 1, "", Messages.missingColumn(field.header(), REQUIRED));
                complete = false;
            }
        }
        return complete ? new NativeRows(columns, names.size(), problems) : null;
    }

    @Override
    public DataRow map(RawRow row) {
        int filled = lastFilledCell(row);
        if (filled > width) {
            problems.error(row.line(), width + 1, "", Messages.extraCells(filled, width));
            return null;
        }
        return new DataRow(row.line(), columns, text(row, Field.COUNCIL), text(row, Field.COUNCIL_NAME),
            text(row, Field.PERIOD), text(row, Field.ID), text(row, Field.GROUP), text(row, Field.CATEGORY),
            text(row, Field.VALUE));
    }

    private String text(RawRow row, Field field) {
        return columns.text(row, field);
    }

    /** The 1-based position of the last non-blank cell (0 for none). */
    private static int lastFilledCell(RawRow row) {
        for (int i = row.cells().size(); i > 0; i--) {
            if (!row.cells().get(i - 1).isBlank()) {
                return i;
            }
        }
        return 0;
    }
}
