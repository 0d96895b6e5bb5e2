package org.framewright.history;

/** A file's history cannot be read: it is not in a Git working tree, or the repository cannot be read. */
public final class HistoryException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An exception with a message for the user, naming the file. */
    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
