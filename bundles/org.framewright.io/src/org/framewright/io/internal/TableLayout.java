package org.framewright.io.internal;

import java.util.List;
import java.util.Locale;

import org.framewright.io.DataFormat;

/** The column layouts of council data, told apart by their header row; each builds its {@link RowMapper}. */
public enum TableLayout {

    /** Framewright's long layout: council, council_name, period, id, group, category, value (any order). */
    NATIVE(DataFormat.NATIVE_CSV) {
        @Override
        public RowMapper bind(RawRow header, Problems problems) {
            return NativeRows.bind(header, problems);
        }
    },

    /** The NHS England ASCOF open-data layout (Year, ..., ONS Code, Measure Group, ..., Measure_Value, ...). */
    ASCOF_OPEN_DATA(DataFormat.ASCOF_OPEN_DATA_CSV) {
        @Override
        public RowMapper bind(RawRow header, Problems problems) {
            return AscofRows.bind(header, problems);
        }
    };

    private final DataFormat csvFormat;

    TableLayout(DataFormat csvFormat) {
        this.csvFormat = csvFormat;
    }

    /** The format a CSV file of this layout is reported as. */
    public DataFormat csvFormat() {
        return csvFormat;
    }

    /** Reads the header; reports its problems; null when rows cannot be read (a required column is missing). */
    public abstract RowMapper bind(RawRow header, Problems problems);

    /** ASCOF open data when the header names its value or measure column, else native. */
    public static TableLayout of(RawRow header) {
        List<String> names = header.cells().stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).toList();
        return names.contains(AscofRows.VALUE) || names.contains(AscofRows.MEASURE) ? ASCOF_OPEN_DATA : NATIVE;
    }
}
