package org.framewright.io;

/** The kinds of council data file {@link CouncilDataReader} reads; detected from the file's content. */
public enum DataFormat {
    /** Framewright's long CSV: one value per row, columns council, council_name, period, id, group, category, value. */
    NATIVE_CSV,
    /** The NHS England ASCOF open-data CSV (Year, Geographical Description, ONS Code, Measure Group, ...). */
    ASCOF_OPEN_DATA_CSV,
    /** An Excel workbook whose first sheet holds a table with the native (or the ASCOF) columns. */
    XLSX
}
