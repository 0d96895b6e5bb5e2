package org.framewright.io;

import java.nio.file.Path;

import org.framewright.io.internal.ColumnBinding;
import org.framewright.io.internal.DataRow;
import org.framewright.io.internal.DataSetBuilder;
import org.framewright.io.internal.Field;
import org.framewright.io.internal.Importer;
import org.framewright.io.internal.Problems;

/**
 * What a contributed reader ({@link CouncilDataFormat}) fills: one value at a time, each checked exactly as the
 * built-in formats check theirs (council and id present, a number or a missing marker, no duplicate, and with a
 * framework the id known and the value in range), with every problem placed at the line and column the reader
 * gives. Not thread-safe: one per read.
 */
public final class CouncilValues {

    private final String formatName;
    private final Problems problems;
    private final DataSetBuilder builder;

    /**
     * Values read from {@code file} in the format {@code formatName} (as users know it, e.g. {@code Wide CSV}).
     *
     * @param options framework checks and period; null means {@link ImportOptions#none()}
     */
    public CouncilValues(Path file, String formatName, ImportOptions options) {
        this.formatName = formatName;
        this.problems = new Problems(file, false);
        this.builder = new DataSetBuilder(Importer.newDataSet(file, formatName), options == null
            ? ImportOptions.none() : options, problems);
    }

    /** The header's line, where whole-file warnings are placed (default 1). */
    public void headerLine(long line) {
        builder.headerLine(line);
    }

    /**
     * One value.
     *
     * @param line the 1-based line (or row) it was read from
     * @param council the council's ONS code and the 1-based column and header it was read from
     * @param councilName the council's name, "" when the file has none
     * @param period the period, "" when the file has none (the options' period is then assumed)
     * @param id the indicator, area or statement id and where it was read from (for a wide file, the value's column
     *        and its header)
     * @param value the value's text as in the file (a number, or a missing marker such as "" or "x"), and where
     */
    public void value(long line, Cell council, String councilName, String period, Cell id, Cell value) {
        ColumnBinding columns = new ColumnBinding();
        columns.bind(Field.COUNCIL, council.column() - 1, council.header());
        columns.bind(Field.ID, id.column() - 1, id.header());
        columns.bind(Field.VALUE, value.column() - 1, value.header());
        builder.accept(new DataRow(line, columns, strip(council.text()), strip(councilName), strip(period),
            strip(id.text()), "", "", strip(value.text())));
    }

    /** An error the reader found itself (a broken line, a header it cannot use). */
    public void error(long line, int column, String header, String detail) {
        problems.error(line, column, header, detail);
    }

    /** A warning the reader found itself. */
    public void warning(long line, int column, String header, String detail) {
        problems.warning(line, column, header, detail);
    }

    /** The data set and the problems, errors in file order. */
    public DataImport finish() {
        return new DataImport(builder.finish(), DataFormat.CONTRIBUTED, formatName, problems.errors().stream()
            .sorted(java.util.Comparator.comparingLong(DataProblem::line).thenComparingInt(DataProblem::column))
            .toList(), problems.warnings(), problems.missingValues());
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /**
     * A cell's text with where it sits, for messages.
     *
     * @param text the text
     * @param column the 1-based column
     * @param header the column's header as the file writes it
     */
    public record Cell(String text, int column, String header) {
    }
}
