package org.framewright.cli;

/** The process exit codes of {@code framewright}; every subcommand returns one of these. */
public final class ExitCode {

    /** The command did what was asked. */
    public static final int OK = 0;

    /** The command ran, and its result is negative (for example: validation found errors). */
    public static final int FAILURE = 1;

    /** The command could not run: bad usage, unknown command, unreadable input or an internal error. */
    public static final int ERROR = 2;

    private ExitCode() {
    }
}
