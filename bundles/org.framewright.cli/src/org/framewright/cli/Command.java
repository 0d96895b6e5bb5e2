package org.framewright.cli;

import java.util.List;

/**
 * One subcommand of {@code framewright} (e.g. {@code validate}, {@code score}). Implementations are stateless,
 * write results to {@link CommandContext#out()} and diagnostics to {@link CommandContext#err()}, resolve file
 * arguments with {@link CommandContext#resolve(String)}, and are listed in {@link CommandRegistry#builtIn()}.
 */
public interface Command {

    /** The word that selects this command on the command line, e.g. {@code "validate"}. */
    String name();

    /** One line for the command list of {@code framewright --help}. */
    String summary();

    /**
     * The command's one declaration of its positionals and options, which it also parses its arguments with; null for
     * a command that takes no options and reads its few words itself ({@code help}, {@code version}).
     */
    default CommandLine commandLine() {
        return null;
    }

    /**
     * The argument synopsis after the command name, e.g. {@code "FILE..."}; shown by
     * {@code framewright help NAME} and {@code framewright NAME --help}. Made from {@link #commandLine()}; empty if the
     * command takes no arguments.
     */
    default String usage() {
        return commandLine() == null ? "" : commandLine().usage();
    }

    /** The options it declares, listed by {@code framewright help NAME}: those of {@link #commandLine()}. */
    default List<Option> options() {
        return commandLine() == null ? List.of() : commandLine().options();
    }

    /**
     * Runs the command.
     *
     * @param context the streams, working directory and version to use (never {@code System.out} directly)
     * @param args the arguments after the command name
     * @return an {@link ExitCode}
     * @throws CommandException for errors the user can fix; any other exception is reported as an internal error
     */
    int run(CommandContext context, List<String> args) throws Exception;
}
