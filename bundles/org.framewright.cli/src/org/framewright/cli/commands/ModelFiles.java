package org.framewright.cli.commands;

import java.nio.file.Path;

import org.framewright.cli.CommandContext;
import org.framewright.cli.Dispatcher;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.ModelLoadException;

/**
 * Loading the framework files named on a command line: each into its own resource set, with load problems printed
 * on stderr as {@code framewright: error: file:line:column: message}, the file named as the user typed it.
 */
final class ModelFiles {

    private ModelFiles() {
    }

    /** The framework in {@code argument}, or {@code null} after printing why it cannot be read. */
    static Framework load(CommandContext context, String argument) {
        Path file = context.resolve(argument);
        try {
            return FrameworkFiles.loadFramework(file);
        } catch (ModelLoadException e) {
            for (String problem : e.problems()) {
                String shown = problem.startsWith(file.toString()) ? argument + problem.substring(file.toString().length())
                    : problem;
                context.err().println(Dispatcher.ERROR_PREFIX + shown);
            }
            return null;
        }
    }
}
