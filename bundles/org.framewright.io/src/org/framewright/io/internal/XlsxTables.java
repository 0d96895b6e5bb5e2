package org.framewright.io.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framewright.io.DataFileException;

/**
 * Reads the first sheet of an XLSX workbook into a {@link RawTable} with Apache POI. Line numbers are the sheet's
 * row numbers (1-based). Numbers are taken as stored (not as formatted: a cell shown as 45% holds 0.45);
 * formulas give their cached result; error cells give their code (#N/A), which is then not a number.
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

    private XlsxTables() {
    }

    /** The table on the first sheet of the workbook in {@code source}. */
    public static RawTable read(SourceFile source) throws DataFileException {
        List<RawRow> rows = new ArrayList<>();
        String sheetName;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(source.bytes()))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new DataFileException(source.path(), Messages.noSheet());
            }
            Sheet sheet = workbook.getSheetAt(0);
            sheetName = sheet.getSheetName();
            for (Row row : sheet) {
                RawRow raw = new RawRow(row.getRowNum() + 1L, cells(row));
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
        return new RawTable(rows.get(0), List.copyOf(rows.subList(1, rows.size())));
    }

    private static List<String> cells(Row row) {
        int width = Math.max(row.getLastCellNum(), 0);
        List<String> cells = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            Cell cell = row.getCell(i, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
            cells.add(cell == null ? "" : text(cell));
        }
        return cells;
    }

    private static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                : number(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> errorCode(cell.getErrorCellValue());
            default -> "";
        };
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

    private static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
