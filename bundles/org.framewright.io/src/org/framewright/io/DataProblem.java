package org.framewright.io;

import java.nio.file.Path;

import org.framewright.model.resource.DisplayText;

/**
 * One problem (error, warning or missing value) found in a council data file, at a 1-based line and column. For
 * XLSX files the line is the sheet's row number and the message also gives the cell reference (e.g. {@code C3}).
 *
 * @param file the data file
 * @param line 1-based line (CSV) or row (XLSX)
 * @param column 1-based column of the offending cell
 * @param columnName the header of that column ("" when the problem concerns no single column)
 * @param message what is wrong and what was expected; it names the column header
 */
public record DataProblem(Path file, long line, int column, String columnName, String message) {

    /**
     * The kind of problem, for counting many of them: the column header and the message's gist without its place,
     * quoted values and numbers, e.g. {@code value: is not a number} or {@code id: duplicate row}.
     */
    public String kind() {
        String marker = "column '" + DisplayText.quote(columnName) + "': ";
        int at = columnName.isEmpty() ? -1 : message.indexOf(marker);
        String detail;
        if (at >= 0) {
            detail = message.substring(at + marker.length());
        } else if ((message.startsWith("cell ") || message.startsWith("sheet ")) && message.contains(": ")) {
            detail = message.substring(message.indexOf(": ") + 2);
        } else {
            detail = message;
        }
        String gist = detail.replaceAll("'[^']*'", "").split("[;:(]", 2)[0].replaceAll("\\d+", "N").strip();
        return columnName.isEmpty() ? gist : columnName + ": " + gist;
    }

    /** {@code file:line:column: message}, the form compilers and editors understand. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
