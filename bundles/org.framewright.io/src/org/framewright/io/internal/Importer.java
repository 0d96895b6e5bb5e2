package org.framewright.io.internal;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.framewright.io.DataFileException;
import org.framewright.io.DataFormat;
import org.framewright.io.DataImport;
import org.framewright.io.DataProblem;
import org.framewright.io.ImportOptions;
import org.framewright.model.DataSet;
import org.framewright.model.FrameworkFactory;

/** One import: table from the source, layout from its header, rows into the data set, problems in file order. */
public final class Importer {

    private Importer() {
    }

    /** Imports {@code source} under {@code options}. */
    public static DataImport run(SourceFile source, ImportOptions options) throws DataFileException {
        Path file = source.path();
        Problems problems = new Problems(file, source.isWorkbook());
        RawTable table = source.isWorkbook() ? XlsxTables.read(source) : CsvTables.read(source, problems);
        if (table.sheet() != null) {
            problems.inSheet(table.sheet());
        }
        if (table.cachedFormulas() > 0) {
            problems.warning(table.header().line(), 1, "",
                Messages.cachedFormulas(table.cachedFormulas(), table.firstCachedFormula()));
        }
        if (source.readAsWindows1252()) {
            problems.warning(table.header().line(), 1, "", Messages.readAsWindows1252());
        }
        TableLayout layout = TableLayout.of(table.header());
        DataFormat format = source.isWorkbook() ? DataFormat.XLSX : layout.csvFormat();
        DataSetBuilder builder = new DataSetBuilder(newDataSet(file, format.toString()), options, problems);
        builder.headerLine(table.header().line());
        // a table without header cells is one whose header could not be read; its problem is already reported
        RowMapper mapper = table.header().cells().isEmpty() ? null : layout.bind(table.header(), problems);
        if (mapper != null) {
            if (table.rows().isEmpty()) {
                problems.warning(table.header().line(), 1, "", Messages.noDataRows());
            }
            for (RawRow raw : table.rows()) {
                DataRow row = mapper.map(raw);
                if (row != null && (!source.isWorkbook() || WorkbookCells.readable(raw, row.columns(), problems))) {
                    builder.accept(row);
                }
            }
        }
        return new DataImport(builder.finish(), format, inFileOrder(problems.errors()), problems.warnings(),
            problems.missingValues());
    }

    /** A CSV syntax error is found before the rows are checked; report it where it belongs. */
    private static List<DataProblem> inFileOrder(List<DataProblem> problems) {
        return problems.stream()
            .sorted(Comparator.comparingLong(DataProblem::line).thenComparingInt(DataProblem::column))
            .toList();
    }

    /** An empty data set named after {@code file}, read as {@code format}. */
    public static DataSet newDataSet(Path file, String format) {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        DataSet dataSet = FrameworkFactory.eINSTANCE.createDataSet();
        dataSet.setId(fileName.replaceAll("[^A-Za-z0-9._-]", "-"));
        dataSet.setName(fileName);
        dataSet.setDescription("Council data read from " + file + " (" + format + ")");
        return dataSet;
    }
}
