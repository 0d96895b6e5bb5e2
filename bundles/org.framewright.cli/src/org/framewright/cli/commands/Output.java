package org.framewright.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.ExitCode;

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
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new CommandException(target + ": cannot write: " + e.getMessage(), ExitCode.ERROR, e);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // nothing more to do: the target was never touched
            }
        }
    }
}
