package org.framewright.io.internal;

import java.util.Locale;

/** The columns of Framewright's native council data layout; the native header is the field's name. */
public enum Field {
    /** The council's ONS code (required). */
    COUNCIL("council", true),
    /** The council's name. */
    COUNCIL_NAME("council_name", false),
    /** The period, e.g. 2023-24. */
    PERIOD("period", false),
    /** The indicator, area or statement id (required). */
    ID("id", true),
    /** The disaggregation (client group, age band) id. */
    GROUP("group", false),
    /** The evidence category id. */
    CATEGORY("category", false),
    /** The value, or a missing marker (required column; an empty cell is a missing value). */
    VALUE("value", true);

    private final String header;
    private final boolean required;

    Field(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    /** The column's header in the native layout. */
    public String header() {
        return header;
    }

    /** Whether the native layout requires the column. */
    public boolean required() {
        return required;
    }

    /** The native field whose header is {@code name} (case and surrounding blanks ignored), or null. */
    public static Field ofNativeHeader(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (Field field : values()) {
            if (field.header.equals(wanted)) {
                return field;
            }
        }
        return null;
    }
}
