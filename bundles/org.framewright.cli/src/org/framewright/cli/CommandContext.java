package org.framewright.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a {@link Command} may use of its surroundings: standard output (results only, e.g. CSV), standard error
 * (messages), the caller's working directory, the product version and the registry of all commands.
 *
 * @param out results; nothing else may be written here
 * @param err diagnostics and messages for the user
 * @param workingDirectory the directory relative file arguments are resolved against
 * @param version the product version, {@code major.minor.micro}
 * @param registry all commands, for help output
 */
public record CommandContext(PrintStream out, PrintStream err, Path workingDirectory, String version,
        CommandRegistry registry) {

    /** Checks that no component is null and makes the working directory absolute. */
    public CommandContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory").toAbsolutePath().normalize();
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(registry, "registry");
    }

    /**
     * Resolves a file argument as the user meant it: relative to the caller's working directory. An empty argument
     * (say {@code --data ""}, from an unset shell variable) is an error, not the working directory.
     */
    public Path resolve(String fileArgument) throws CommandException {
        if (fileArgument == null || fileArgument.isBlank()) {
            throw new CommandException("an empty file name was given (e.g. --data \"\"); name a file");
        }
        return workingDirectory.resolve(fileArgument).normalize();
    }
}
