package org.framewright.io.internal;

import java.util.EnumMap;
import java.util.Map;

/** Which column of the file holds which {@link Field}, and under what header. */
public final class ColumnBinding {

    private final Map<Field, Integer> indexes = new EnumMap<>(Field.class);
    private final Map<Field, String> headers = new EnumMap<>(Field.class);

    /** Binds {@code field} to the 0-based column {@code index} headed {@code header}. */
    public void bind(Field field, int index, String header) {
        indexes.put(field, index);
        headers.put(field, header);
    }

    /** Whether a column holds {@code field}. */
    public boolean has(Field field) {
        return indexes.containsKey(field);
    }

    /** The 0-based column of {@code field}, or -1. */
    public int index(Field field) {
        return indexes.getOrDefault(field, -1);
    }

    /** The 1-based column of {@code field} as a user counts it (1 when the field has no column). */
    public int column(Field field) {
        return indexes.containsKey(field) ? indexes.get(field) + 1 : 1;
    }

    /** The header of {@code field}'s column as the file writes it, or the native name when unbound. */
    public String header(Field field) {
        return headers.getOrDefault(field, field.header());
    }

    /** The trimmed text of {@code field} in {@code row}, "" when unbound or absent. */
    public String text(RawRow row, Field field) {
        return row.cell(index(field));
    }
}
