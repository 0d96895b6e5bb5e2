package org.framewright.io.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framewright.io.DataFileException;

/**
 * Reads the first sheet of an XLSX workbook into a {@link RawTable} with Apache POI. Line numbers are the sheet's
 * row numbers (1-based). Numbers are taken as stored (not as formatted: a cell shown as 45% holds 0.45);
 * formulas give their cached result (counted, so the import can say so); nothing is evaluated. Each cell's
 * {@link CellKind} goes with its text, so that a formula without a cached result, an error cell (#N/A) or a cell
 * whose stored value cannot be read is reported for that cell alone and never read as a number.
 */
public final class XlsxTables {

    /** Log4j's own provider: POI logs through log4j-api, which otherwise prints "could not find a logging provider". */
    private static final String SIMPLE_LOG4J_PROVIDER = "org.apache.logging.log4j.simple.internal.SimpleProvider";

    static {
        // Without a provider, log4j-api writes an error line to stderr on POI's first use, which would spoil the
        // CLI's stderr. Its simple provider logs POI's own errors only. A provider chosen by the application wins.
        if (System.getProperty("log4j.provider") == null && System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j.provider", SIMPLE_LOG4J_PROVIDER);
        }
    }

    /** A nested exception's class name as POI puts it in front of its message. */
    private static final Pattern QUALIFIED_EXCEPTION =
        Pattern.compile("(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error):\\s*");

    private XlsxTables() {
    }

    /** The table on the first sheet of the workbook in {@code source}. */
    public static RawTable read(SourceFile source) throws DataFileException {
        List<RawRow> rows = new ArrayList<>();
        String sheetName;
        FormulaCount formulas = new FormulaCount();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(source.bytes()))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new DataFileException(source.path(), Messages.noSheet());
            }
            Sheet sheet = workbook.getSheetAt(0);
            sheetName = sheet.getSheetName();
            for (Row row : sheet) {
                RawRow raw = row(row, formulas);
                if (!raw.isBlank()) {
                    rows.add(raw);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DataFileException dataFileException) {
                throw dataFileException;
            }
            throw new DataFileException(source.path(), Messages.xlsxUnreadable(reason(e)), e);
        }
        if (rows.isEmpty()) {
            throw new DataFileException(source.path(), Messages.emptySheet(sheetName));
        }
        return new RawTable(rows.get(0), List.copyOf(rows.subList(1, rows.size())), sheetName, formulas.count,
            formulas.first);
    }

    /** Formula cells whose cached result was read: how many, and the first one's reference. */
    private static final class FormulaCount {
        private int count;
        private String first;

        void add(Cell cell) {
            if (count++ == 0) {
                first = cell.getAddress().formatAsString();
            }
        }
    }

    private static RawRow row(Row row, FormulaCount formulas) {
        int width = Math.max(row.getLastCellNum(), 0);
        List<String> cells = new ArrayList<>(width);
        List<CellKind> kinds = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            Cell cell = row.getCell(i, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
            CellKind kind = cell == null ? CellKind.TEXT : kind(cell);
            kinds.add(kind);
            cells.add(cell == null ? "" : text(cell, kind));
            if (cell != null && cell.getCellType() == CellType.FORMULA && !kind.isFault()) {
                formulas.add(cell);
            }
        }
        return new RawRow(row.getRowNum() + 1L, cells, kinds);
    }

    private static CellKind kind(Cell cell) {
        if (cell.getCellType() == CellType.FORMULA && !hasCachedValue(cell)) {
            return CellKind.UNCALCULATED_FORMULA;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        try {
            return switch (type) {
                case STRING -> CellKind.TEXT;
                case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? CellKind.DATE : numberKind(cell);
                case BOOLEAN -> CellKind.BOOLEAN;
                case ERROR -> CellKind.ERROR;
                default -> CellKind.TEXT;
            };
        } catch (RuntimeException e) {
            // POI parses a stored value when asked for it: "-INF" or "abc" in a number cell fails here, for this
            // cell alone.
            return CellKind.UNREADABLE;
        }
    }

    private static CellKind numberKind(Cell cell) {
        double value = cell.getNumericCellValue();
        return Double.isFinite(value) ? CellKind.NUMBER : CellKind.UNREADABLE;
    }

    /** Whether a formula cell was saved with its result; POI reads a missing result as 0 or "". */
    private static boolean hasCachedValue(Cell cell) {
        return !(cell instanceof XSSFCell xssf) || xssf.getCTCell().isSetV();
    }

    private static String text(Cell cell, CellKind kind) {
        return switch (kind) {
            case TEXT -> cell.getCellType() == CellType.BLANK
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() != CellType.STRING
                    ? "" : cell.getStringCellValue();
            case NUMBER -> number(cell.getNumericCellValue());
            case DATE -> cell.getLocalDateTimeCellValue().toLocalDate().toString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> errorCode(cell.getErrorCellValue());
            case UNCALCULATED_FORMULA -> "=" + cell.getCellFormula();
            case UNREADABLE -> storedText(cell);
        };
    }

    /** The stored value as written in the file, for a cell POI cannot read as its type. */
    private static String storedText(Cell cell) {
        return cell instanceof XSSFCell xssf && xssf.getCTCell().isSetV() ? xssf.getCTCell().getV() : "";
    }

    private static String errorCode(byte code) {
        return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#ERROR";
    }

    /** The shortest plain decimal for a stored number: 3.0 is "3", 0.1 is "0.1", 1e-7 is "0.0000001". */
    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    /** POI's reason in the user's terms: no class names, no advice to file a bug with POI. */
    private static String reason(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("bomb") || message.contains("exceed the max") || message.contains("bugzilla")) {
                return Messages.xlsxTooLarge();
            }
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return Messages.xlsxDamaged();
        }
        // keep the first sentence; drop qualified class names POI puts in front of nested messages
        String firstSentence = QUALIFIED_EXCEPTION.matcher(message).replaceAll("").split("(?<=\\.)\\s|\\R")[0];
        return firstSentence.isBlank() ? Messages.xlsxDamaged() : firstSentence.strip();
    }
}
