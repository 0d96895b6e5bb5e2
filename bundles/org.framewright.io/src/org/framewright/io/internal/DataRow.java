package org.framewright.io.internal;

/**
 * One row of council data in native terms, whatever the file's layout; texts are trimmed, "" when absent.
 *
 * @param line the row's line (CSV) or row number (XLSX)
 * @param columns where each field sits in the file, for messages
 */
public record DataRow(long line, ColumnBinding columns, String council, String councilName, String period,
    String nodeId, String group, String category, String value) {
}
