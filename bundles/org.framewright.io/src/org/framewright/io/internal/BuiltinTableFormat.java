package org.framewright.io.internal;

import java.nio.file.Path;

import org.framewright.io.CouncilDataFormat;
import org.framewright.io.DataFileException;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;

/**
 * Framewright's own reader, contributed to {@code org.framewright.io.formats} with the lowest priority: the native
 * long CSV, the NHS England ASCOF open-data CSV and XLSX workbooks, told apart by content. It takes every file, so
 * that a file no reader knows gets its messages (what a header lacks, which line is broken).
 */
public final class BuiltinTableFormat implements CouncilDataFormat {

    @Override
    public boolean reads(Path file, byte[] head) {
        return true;
    }

    @Override
    public DataImport read(Path file, ImportOptions options) throws DataFileException {
        try {
            return Importer.run(SourceFile.open(file), options == null ? ImportOptions.none() : options);
        } catch (OutOfMemoryError e) {
            // below the size limits this should not happen; if it does, the user learns which file and why
            throw new DataFileException(file, Messages.outOfMemory());
        }
    }
}
