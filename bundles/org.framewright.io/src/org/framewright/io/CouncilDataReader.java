package org.framewright.io;

import java.nio.file.Path;

import org.framewright.io.internal.SourceFile;
import org.framewright.model.DataSet;

/**
 * Reads a council data file into a {@link DataSet} with the installed reader that accepts it
 * ({@link CouncilDataFormats}, the extension point {@code org.framewright.io.formats}); Framewright's own reader
 * tells from the content an XLSX workbook (first sheet), the NHS England ASCOF open-data CSV (by its header) or
 * Framewright's native long CSV, and takes every file no plugin's reader accepts.
 * Problems in the data come back as {@link DataProblem}s naming file, line and column; only a file that cannot be
 * read at all throws.
 */
public final class CouncilDataReader {

    private CouncilDataReader() {
    }

    /**
     * Reads {@code file}.
     *
     * @param options framework checks and period; null means {@link ImportOptions#none()}
     * @throws DataFileException when the file is missing, unreadable, empty, or neither CSV text nor XLSX
     */
    public static DataImport read(Path file, ImportOptions options) throws DataFileException {
        return CouncilDataFormats.readerFor(file).format().read(file,
            options == null ? ImportOptions.none() : options);
    }

    /** The largest data file read (CSV or XLSX); larger files are refused before they are read. */
    public static final long MAX_FILE_BYTES = SourceFile.MAX_TEXT_BYTES;

    /** The largest XLSX workbook read; a workbook takes many times its size in memory while it is read. */
    public static final long MAX_WORKBOOK_BYTES = SourceFile.MAX_WORKBOOK_BYTES;
}
