package org.framewright.cli.commands;

import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.ExitCode;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.ModelLoadException;

/** Loading a framework named on the command line; an unreadable file is a usage error (exit 2). */
final class ModelFiles {

    private ModelFiles() {
    }

    /** The framework in {@code argument} (resolved against the caller's directory). */
    static Framework load(CommandContext context, String argument) throws CommandException {
        try {
            return FrameworkFiles.loadFramework(context.resolve(argument));
        } catch (ModelLoadException e) {
            throw new CommandException(String.join(System.lineSeparator(), e.problems()), ExitCode.ERROR, e);
        }
    }
}
