package org.framewright.io;

import java.nio.file.Path;

/**
 * A reader of one kind of council data file, contributed to {@code org.framewright.io.formats} (Framewright's own
 * reader is contributed the same way). Implementations are stateless and thread-safe.
 */
public interface CouncilDataFormat {

    /**
     * Whether this reader reads {@code file}, told from its name and its first bytes (at most 4,096; fewer when the
     * file is shorter). Quick, and never throws: a file this reader does not know is simply not accepted.
     */
    boolean reads(Path file, byte[] head);

    /**
     * Reads {@code file}: the data set with only the values without errors, and the problems by line and column.
     * Build it with {@link CouncilValues}, which checks each value as the built-in formats do.
     *
     * @throws DataFileException only when the file cannot be read at all
     */
    DataImport read(Path file, ImportOptions options) throws DataFileException;
}
