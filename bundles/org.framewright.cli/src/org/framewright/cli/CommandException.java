package org.framewright.cli;

/**
 * Thrown by a {@link Command} for an error the user can fix (bad argument, missing file). The dispatcher prints
 * {@code framewright: error: <message>} on stderr, without a stack trace, and exits with {@link #exitCode()}.
 */
public class CommandException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /** An error that ends the command with {@link ExitCode#ERROR}. */
    public CommandException(String message) {
        this(message, ExitCode.ERROR, null);
    }

    /** An error caused by {@code cause} that ends the command with {@link ExitCode#ERROR}. */
    public CommandException(String message, Throwable cause) {
        this(message, ExitCode.ERROR, cause);
    }

    /** An error that ends the command with the given exit code. */
    public CommandException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The process exit code for this error. */
    public int exitCode() {
        return exitCode;
    }
}
