package org.framewright.cli.commands;

import java.util.List;

import org.framewright.cli.Arguments;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.ExitCode;
import org.framewright.model.Framework;

/**
 * The loop of a command over {@code FILE...} framework arguments ({@code validate}, {@code format}): parsed by the
 * one {@link CommandLine} (no options: an {@code --x} is refused as an unknown option), at least one file, each loaded on its own ({@link ModelFiles#load}: an unreadable file is reported and the others still run),
 * and the exit code the worst of the files' ({@link ExitCode#ERROR} over {@link ExitCode#FAILURE} over
 * {@link ExitCode#OK}).
 */
final class FrameworkFileLoop {

    /** What a command does with one loaded file. */
    @FunctionalInterface
    interface PerFile {

        /** Handles {@code framework}, read from {@code argument} as typed; returns the file's exit code. */
        int run(String argument, Framework framework) throws CommandException;
    }

    /** What a {@code FILE...} command takes: framework files and no options. */
    static final CommandLine LINE = new CommandLine("FILE...");

    private FrameworkFileLoop() {
    }

    /** Runs {@code perFile} on every file of {@code args} for {@code command}; the worst exit code. */
    static int forEach(CommandContext context, String command, List<String> args, PerFile perFile)
            throws CommandException {
        Arguments arguments = LINE.parse(command, args);
        List<String> files = arguments.positionals();
        if (files.isEmpty()) {
            throw new CommandException(command + " needs at least one framework file (usage: framewright " + command
                + " " + LINE.usage() + ")");
        }
        int exitCode = ExitCode.OK;
        for (String argument : files) {
            Framework framework = ModelFiles.load(context, argument);
            int fileCode = framework == null ? ExitCode.ERROR : perFile.run(argument, framework);
            exitCode = Math.max(exitCode, fileCode);
        }
        return exitCode;
    }
}
