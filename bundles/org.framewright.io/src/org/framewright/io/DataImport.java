package org.framewright.io;

import java.util.List;

import org.framewright.model.DataSet;

/**
 * The result of reading a council data file: the data set (only rows without errors), and the problems found.
 * Missing values are not errors; they are listed in {@link #missingValues()} and kept as observations without
 * a value.
 */
public final class DataImport {

    private final DataSet dataSet;
    private final DataFormat format;
    private final String formatName;
    private final List<DataProblem> errors;
    private final List<DataProblem> warnings;
    private final List<DataProblem> missingValues;

    /** Made by Framewright's reader; the lists are copied. */
    public DataImport(DataSet dataSet, DataFormat format, List<DataProblem> errors, List<DataProblem> warnings,
        List<DataProblem> missingValues) {
        this(dataSet, format, format.label(), errors, warnings, missingValues);
    }

    /** Made by a reader, naming the format as users know it; the lists are copied. */
    public DataImport(DataSet dataSet, DataFormat format, String formatName, List<DataProblem> errors,
        List<DataProblem> warnings, List<DataProblem> missingValues) {
        this.dataSet = dataSet;
        this.format = format;
        this.formatName = formatName;
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
        this.missingValues = List.copyOf(missingValues);
    }

    /** The format as users know it, e.g. {@code NHS England ASCOF open-data CSV} or a plugin reader's name. */
    public String formatName() {
        return formatName;
    }

    /** Councils and observations in the order they first appear in the file. */
    public DataSet dataSet() {
        return dataSet;
    }

    /** Problems that make the file (or some rows) wrong, in file order. */
    public List<DataProblem> errors() {
        return errors;
    }

    /** Things worth knowing that do not make the data wrong. */
    public List<DataProblem> warnings() {
        return warnings;
    }

    /** One entry per missing value (empty cell or marker such as NA, c, [x]). */
    public List<DataProblem> missingValues() {
        return missingValues;
    }

    /** Whether any error was found. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The detected format of the file. */
    public DataFormat format() {
        return format;
    }
}
