package org.framewright.cli.commands;

import java.io.IOException;
import java.nio.file.Path;

import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.ExitCode;
import org.framewright.model.resource.AtomicFiles;

/** Writes a command's result to standard output, or to a file atomically (temporary file, then rename). */
final class Output {

    private Output() {
    }

    /** Prints {@code text} to standard output, or replaces {@code file} (null: stdout) with it atomically. */
    static void write(CommandContext context, String file, String text) throws CommandException {
        if (file == null) {
            context.out().print(text);
            return;
        }
        Path target = context.resolve(file);
        try {
            AtomicFiles.writeString(target, text);
        } catch (IOException e) {
            throw new CommandException(target + ": cannot write: " + e.getMessage(), ExitCode.ERROR, e);
        }
    }
}
