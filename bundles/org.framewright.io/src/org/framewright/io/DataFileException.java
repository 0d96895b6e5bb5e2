package org.framewright.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A council data file cannot be read at all: it is missing, not a regular file, unreadable, empty, or neither a
 * text CSV nor an XLSX workbook. The message names the file and what is wrong; the CLI maps it to exit code 2.
 */
public class DataFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** A problem with {@code file}; the message reads {@code "file: reason"}. */
    public DataFileException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    /** A problem at a place in {@code file}; the message reads {@code "file:line:column: reason"}. */
    public DataFileException(Path file, long line, long column, String reason) {
        super(file + ":" + line + ":" + column + ": " + reason);
        this.file = file;
    }

    /** Same, keeping the low-level cause for debugging (never shown to users). */
    public DataFileException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }
}
