package org.framewright.io.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

import org.framewright.model.query.PeriodCalendar;
import org.framewright.model.resource.DisplayText;

/** Every message text of the import, in one place. Locations are added by {@link Problems}. */
public final class Messages {

    /** The expected form of a value cell, quoted in every value error. */
    public static final String EXPECTED_VALUE = "expected a number (e.g. 42, 0.5, -3, 1.2e3) or a missing marker ("
        + String.join(", ", ValueText.MISSING_MARKERS.stream().filter(m -> !m.isEmpty()).toList())
        + ", or an empty cell)";

    private Messages() {
    }

    // ----- files -----

    public static String noSuchFile() {
        return "no such file";
    }

    public static String notRegularFile() {
        return "not a regular file";
    }

    public static String notReadable() {
        return "the file is not readable";
    }

    public static String tooLarge(long size, long limit, String what) {
        return "the file is " + megabytes(size) + ", more than the largest " + what + " read (" + megabytes(limit)
            + "); split it (e.g. one file per period) or, for a workbook, save the sheet as CSV";
    }

    public static String outOfMemory() {
        return "the file is too large to read in the memory given to framewright; split it or give more memory (-Xmx)";
    }

    private static String megabytes(long bytes) {
        return (bytes + 512 * 1024) / (1024 * 1024) + " MB";
    }

    public static String emptyFile() {
        return "the file is empty; expected a CSV file with a header row or an XLSX workbook";
    }

    public static String binaryContent(char control) {
        return "not a CSV text file (binary content: control character " + String.format("U+%04X", (int) control)
            + " here) and not an XLSX workbook";
    }

    public static String malformedBeforeHeader(String reason) {
        return "no header row could be read: " + reason + " (a quoted cell must end with a quote; the header row"
            + " names the columns, e.g. council,id,value)";
    }

    public static String oldExcel() {
        return "an Excel 97-2003 (.xls) workbook or another OLE2 file; save it as .xlsx or as CSV";
    }

    public static String xlsxNameWithoutZip() {
        return "named like an XLSX workbook but it is not one (no ZIP signature)";
    }

    public static String xlsxUnreadable(String reason) {
        return "cannot be opened as an XLSX workbook: " + reason;
    }

    public static String xlsxTooLarge() {
        return "the workbook expands to far more data than its size suggests (a ZIP bomb or a huge shared-strings"
            + " table) and was not read; save the sheet as CSV";
    }

    public static String xlsxDamaged() {
        return "the workbook is damaged; open and save it again in a spreadsheet program, or save the sheet as CSV";
    }

    public static String noSheet() {
        return "the workbook has no sheet";
    }

    public static String emptySheet(String sheet) {
        return "the first sheet ('" + q(sheet) + "') is empty; expected a header row and data rows";
    }

    public static String cannotRead(String reason) {
        return "cannot be read: " + reason;
    }

    public static String readAsWindows1252() {
        return "the file is not UTF-8; it was read as Windows-1252 (save it as UTF-8 to be sure of names)";
    }

    public static String malformedCsv(String reason) {
        return "malformed CSV: " + reason + " (a quoted cell must end with a quote followed by a comma or the end of"
            + " the line; write \"\" for a quote inside a quoted cell); the rest of the file was not read";
    }

    public static String noDataRows() {
        return "the file has a header but no data rows";
    }

    // ----- header -----

    public static String unknownColumn() {
        return "not a column of council data; expected one of " + nativeHeaders();
    }

    public static String duplicateColumn(int firstColumn) {
        return "the column appears twice (first in column " + firstColumn + ")";
    }

    public static String blankHeader() {
        return "the column has no header; its cells are ignored";
    }

    public static String missingColumn(String header, Collection<String> required) {
        return "missing required column '" + header + "'; the header row must name " + String.join(", ", required)
            + " (and may name " + nativeHeaders() + ")";
    }

    public static String missingAscofColumn(String header) {
        return "missing required column '" + header + "' of the ASCOF open-data layout; the header row must name"
            + " Year, ONS Code, Measure Group, Measure_Value and Geographical Level";
    }

    public static String extraCells(int cells, int headers) {
        return "the row has " + cells + " cells but the header only " + headers
            + "; expected one cell per header column";
    }

    // ----- cells -----

    public static String requiredCell(String what) {
        return "the cell is empty; expected " + what;
    }

    public static String notANumber(String text) {
        String hint = text.contains(",") ? " (write numbers without thousands separators)"
            : text.endsWith("%") ? " (write percentages without the % sign)" : "";
        return "'" + q(text) + "' is not a number" + hint + "; " + EXPECTED_VALUE;
    }

    public static String uncalculatedFormula(String formula) {
        return "the cell holds the formula " + q(formula) + " saved without a calculated result, so it has no value;"
            + " open and save the workbook in a spreadsheet program that calculates formulas, or enter the value";
    }

    public static String errorCell(String code) {
        return "the cell holds the error " + q(code) + ", not a value; correct it in the workbook or write a missing"
            + " marker";
    }

    public static String unreadableCell(String stored) {
        return "the cell's stored value '" + q(stored) + "' cannot be read as a number; " + EXPECTED_VALUE;
    }

    public static String wrongCellType(CellKind kind, String text) {
        String what = kind == CellKind.TEXT ? "text" : kind == CellKind.DATE ? "a date" : "a TRUE/FALSE value";
        return "the cell holds " + what + " ('" + q(text) + "') where a number is expected; enter it as a number cell;"
            + " " + EXPECTED_VALUE;
    }

    public static String cachedFormulas(int count, String first) {
        return count + (count == 1 ? " cell holds a formula" : " cells hold formulas") + " (first " + first
            + "); the results last calculated and saved in the workbook were used, nothing was recalculated";
    }

    public static String missingValue(DataRow row) {
        String marker = row.value().isEmpty() ? "an empty cell" : "marker '" + q(row.value()) + "'";
        return "missing value (" + marker + ") for " + key(row);
    }

    public static String duplicateRow(DataRow row, long firstLine) {
        return "duplicate row: " + key(row) + " was already given on line " + firstLine
            + "; expected one row per council, id, group, category and period";
    }

    public static String notAPeriod(String period, PeriodCalendar calendar) {
        return "'" + q(period) + "' is not a period of a " + calendar.frequency().getLiteral() + " data set; expected "
            + calendar.form();
    }

    public static String otherCouncilName(String name, String firstName, long firstLine) {
        return "'" + q(name) + "' differs from the name '" + q(firstName) + "' given on line " + firstLine
            + "; the first name is kept";
    }

    public static String noRowsForPeriod(String period, Collection<String> periods) {
        return "no rows for period " + period + "; the file has "
            + (periods.isEmpty() ? "no periods" : "periods " + String.join(", ", periods));
    }

    // ----- framework checks -----

    public static String unknownNode(String id, String framework, String example) {
        return "'" + q(id) + "' is not an indicator or area of framework " + framework
            + "; expected an indicator or area id" + (example == null ? "" : ", e.g. " + example);
    }

    public static String unknownGroup(String id, String framework, Collection<String> groups) {
        return "'" + q(id) + "' is not a disaggregation of framework " + framework + "; expected "
            + (groups.isEmpty() ? "no group (the framework defines no disaggregations)" : "one of " + list(groups));
    }

    public static String unknownCategory(String id, String framework, Collection<String> categories) {
        return "'" + q(id) + "' is not an evidence category of framework " + framework + "; expected " + (categories
            .isEmpty() ? "no category (the framework defines no evidence categories)" : "one of " + list(categories));
    }

    public static String outsideScale(String value, ScoreRangeRule.Range range, String nodeId) {
        return q(value) + " is outside the scale '" + range.scaleLabel() + "' (" + number(range.min()) + " to "
            + number(range.max()) + ") on which " + range.ruleLabel() + " scores area " + q(nodeId)
            + "; expected a number from " + number(range.min()) + " to " + number(range.max())
            + " or a missing marker";
    }

    // ----- helpers -----

    /** How a row's key reads in messages: council, id, group, category, period. */
    public static String key(DataRow row) {
        StringBuilder key = new StringBuilder("council ").append(q(row.council())).append(", id ")
            .append(q(row.nodeId()));
        if (!row.group().isEmpty()) {
            key.append(", group ").append(q(row.group()));
        }
        if (!row.category().isEmpty()) {
            key.append(", category ").append(q(row.category()));
        }
        if (!row.period().isEmpty()) {
            key.append(", period ").append(q(row.period()));
        }
        return key.toString();
    }

    private static String nativeHeaders() {
        return Arrays.stream(Field.values()).map(Field::header).collect(Collectors.joining(", "));
    }

    /** A value from the file as messages quote it: at most 80 characters, control characters escaped. */
    static String q(String text) {
        return DisplayText.quote(text);
    }

    private static String list(Collection<String> ids) {
        return String.join(", ", ids);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
