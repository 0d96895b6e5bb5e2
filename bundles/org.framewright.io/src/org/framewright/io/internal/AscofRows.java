package org.framewright.io.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The NHS England ASCOF open-data layout (as in {@code ascof/trend_data.csv}). Only rows whose Geographical Level
 * is {@code Council} are councils; Region, England and Council Type rows are skipped. Year is the period, ONS Code
 * the council, Geographical Description its name, Measure Group the id, Measure_Value the value. A Disaggregation
 * Level other than Total (or empty) becomes the row's group. Other columns (Measure Group Description, Measure
 * Type) are ignored. A column named twice is an error (which of the two holds the data is anyone's guess).
 */
final class AscofRows implements RowMapper {

    static final String VALUE = "measure_value";
    static final String MEASURE = "measure group";
    private static final String LEVEL = "geographical level";
    private static final String COUNCIL_LEVEL = "Council";
    private static final String TOTAL = "Total";

    /** Lower-case ASCOF header -> native field; the level column is kept apart (it only selects rows). */
    private static final Map<String, Field> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("year", Field.PERIOD);
        FIELDS.put("ons code", Field.COUNCIL);
        FIELDS.put("geographical description", Field.COUNCIL_NAME);
        FIELDS.put(MEASURE, Field.ID);
        FIELDS.put(VALUE, Field.VALUE);
        FIELDS.put("disaggregation level", Field.GROUP);
    }

    private final ColumnBinding columns;
    private final int levelColumn;

    private AscofRows(ColumnBinding columns, int levelColumn) {
        this.columns = columns;
        this.levelColumn = levelColumn;
    }

    static RowMapper bind(RawRow header, Problems problems) {
        ColumnBinding columns = new ColumnBinding();
        int levelColumn = -1;
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i);
            String key = name.toLowerCase(Locale.ROOT);
            Field field = FIELDS.get(key);
            if (field != null && columns.has(field)) {
                problems.error(header.line(), i + 1, name, Messages.duplicateColumn(columns.column(field)));
            } else if (field != null) {
                columns.bind(field, i, name);
            } else if (key.equals(LEVEL) && levelColumn >= 0) {
                problems.error(header.line(), i + 1, name, Messages.duplicateColumn(levelColumn + 1));
            } else if (key.equals(LEVEL)) {
                levelColumn = i;
            }
        }
        boolean complete = true;
        for (String required : new String[] {"year", "ons code", MEASURE, VALUE, LEVEL}) {
            boolean present = required.equals(LEVEL) ? levelColumn >= 0 : columns.has(FIELDS.get(required));
            if (!present) {
                problems.error(header.line(), 1, "", Messages.missingAscofColumn(display(required)));
                complete = false;
            }
        }
        return complete ? new AscofRows(columns, levelColumn) : null;
    }

    @Override
    public DataRow map(RawRow row) {
        if (!COUNCIL_LEVEL.equalsIgnoreCase(row.cell(levelColumn))) {
            return null;
        }
        String group = columns.text(row, Field.GROUP);
        return new DataRow(row.line(), columns, columns.text(row, Field.COUNCIL),
            columns.text(row, Field.COUNCIL_NAME), columns.text(row, Field.PERIOD), columns.text(row, Field.ID),
            TOTAL.equalsIgnoreCase(group) ? "" : group, "", columns.text(row, Field.VALUE));
    }

    /** The header as the published file writes it. */
    private static String display(String key) {
        return switch (key) {
            case "year" -> "Year";
            case "ons code" -> "ONS Code";
            case MEASURE -> "Measure Group";
            case VALUE -> "Measure_Value";
            default -> "Geographical Level";
        };
    }
}
