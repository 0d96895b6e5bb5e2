package org.framewright.cli.commands;

import java.nio.file.Path;
import java.util.List;

import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.Dispatcher;
import org.framewright.cli.ExitCode;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.ModelLoadException;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.ScoringPreconditions;

/**
 * Loading the framework files named on a command line: each into its own resource set, with load problems printed
 * on stderr as {@code framewright: error: file:line:column: message}, the file named as the user typed it.
 */
final class ModelFiles {

    private ModelFiles() {
    }

    /** The framework in {@code argument}, or {@code null} after printing why it cannot be read. */
    static Framework load(CommandContext context, String argument) {
        Path file;
        try {
            file = context.resolve(argument);
        } catch (CommandException e) {
            context.err().println(Dispatcher.ERROR_PREFIX + e.getMessage());
            return null;
        }
        try {
            return FrameworkFiles.loadFramework(file);
        } catch (ModelLoadException e) {
            for (String problem : shown(argument, file, e)) {
                context.err().println(Dispatcher.ERROR_PREFIX + problem);
            }
            return null;
        }
    }

    /** The framework in {@code argument}; when it cannot be read, a {@link CommandException} (exit 2) naming why. */
    static Framework require(CommandContext context, String argument) throws CommandException {
        Path file = context.resolve(argument);
        try {
            return FrameworkFiles.loadFramework(file);
        } catch (ModelLoadException e) {
            // the dispatcher prefixes the first line; the others get the same prefix here
            throw new CommandException(String.join(System.lineSeparator() + Dispatcher.ERROR_PREFIX,
                shown(argument, file, e)), ExitCode.ERROR, e);
        }
    }

    /**
     * The framework in {@code argument}, refused (exit 1) when validation finds errors in it: those are printed on
     * stderr (at most {@link ProblemLines#SHOWN}) and nothing is scored. See {@link ScoringPreconditions}.
     */
    static Framework requireScorable(CommandContext context, String argument) throws CommandException {
        Framework framework = require(context, argument);
        checkScorable(context, argument, framework);
        return framework;
    }

    /** Refuses (exit 1) a loaded {@code framework} with validation errors, printing them on stderr. */
    static void checkScorable(CommandContext context, String argument, Framework framework) throws CommandException {
        List<ModelDiagnostic> errors = ScoringPreconditions.errors(framework);
        if (!errors.isEmpty()) {
            ProblemLines.print(context.err(), errors, ModelDiagnostic::code);
            throw new CommandException(argument + ": " + errors.size() + " validation error"
                + (errors.size() == 1 ? "" : "s") + "; nothing was scored (framewright validate " + argument
                + " lists every problem)", ExitCode.FAILURE, null);
        }
    }

    /** The load problems with the file named as the user typed it. */
    private static List<String> shown(String argument, Path file, ModelLoadException e) {
        return e.problems().stream().map(problem -> problem.startsWith(file.toString())
            ? argument + problem.substring(file.toString().length()) : problem).toList();
    }
}
