package org.framewright.io.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.framewright.io.DataProblem;

/**
 * Collects the errors, warnings and missing values of one import. Each message starts with where the problem is:
 * the column header (and, in a workbook, the cell reference such as {@code C3}).
 */
public final class Problems {

    private final Path file;
    private final boolean spreadsheet;
    private String sheet;
    private final List<DataProblem> errors = new ArrayList<>();
    private final List<DataProblem> warnings = new ArrayList<>();
    private final List<DataProblem> missingValues = new ArrayList<>();

    /** Problems of {@code file}; {@code spreadsheet} adds cell references (C3) to messages. */
    public Problems(Path file, boolean spreadsheet) {
        this.file = file;
        this.spreadsheet = spreadsheet;
    }

    /** Names the workbook sheet in every later message ({@code sheet 'data', cell C3}). */
    public void inSheet(String name) {
        sheet = name;
    }

    /** An error in the cell at {@code line}, 1-based {@code column}, headed {@code header} ("" for none). */
    public void error(long line, int column, String header, String detail) {
        errors.add(problem(line, column, header, detail));
    }

    /** A warning, located like {@link #error}. */
    public void warning(long line, int column, String header, String detail) {
        warnings.add(problem(line, column, header, detail));
    }

    /** A missing value, located like {@link #error}. */
    public void missing(long line, int column, String header, String detail) {
        missingValues.add(problem(line, column, header, detail));
    }

    /** The number of errors so far. */
    public int errorCount() {
        return errors.size();
    }

    public List<DataProblem> errors() {
        return errors;
    }

    public List<DataProblem> warnings() {
        return warnings;
    }

    public List<DataProblem> missingValues() {
        return missingValues;
    }

    private DataProblem problem(long line, int column, String header, String detail) {
        return new DataProblem(file, line, column, header, where(line, column, header) + detail);
    }

    private String where(long line, int column, String header) {
        String inSheet = sheet == null ? "" : "sheet '" + Messages.q(sheet) + "', ";
        String cell = spreadsheet ? inSheet + "cell " + columnLetters(column) + line : "";
        if (header.isEmpty()) {
            return cell.isEmpty() ? "" : cell + ": ";
        }
        return (cell.isEmpty() ? "" : cell + ", ") + "column '" + Messages.q(header) + "': ";
    }

    /** Spreadsheet column letters of a 1-based column: 1 = A, 27 = AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int rest = Math.max(column, 1); rest > 0; rest = (rest - 1) / 26) {
            letters.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return letters.toString();
    }
}
