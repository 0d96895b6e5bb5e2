package org.framewright.io;

/** The kinds of council data file {@link CouncilDataReader} reads; detected from the file's content. */
public enum DataFormat {
    /** Framewright's long CSV: one value per row, columns council, council_name, period, id, group, category, value. */
    NATIVE_CSV,
    /** The NHS England ASCOF open-data CSV (Year, Geographical Description, ONS Code, Measure Group, ...). */
    ASCOF_OPEN_DATA_CSV,
    /** An Excel workbook whose first sheet holds a table with the native (or the ASCOF) columns. */
    XLSX,
    /** A file read by a plugin's reader ({@code org.framewright.io.formats}); {@link DataImport#formatName()} says which. */
    CONTRIBUTED;

    /** The format as users know it. */
    public String label() {
        return switch (this) {
            case NATIVE_CSV -> "Framewright native CSV";
            case ASCOF_OPEN_DATA_CSV -> "NHS England ASCOF open-data CSV";
            case XLSX -> "XLSX workbook";
            case CONTRIBUTED -> "a plugin's format";
        };
    }
}
