package org.framewright.cli;

import java.util.List;
import java.util.Map;

import org.framewright.cli.commands.HelpCommand;

/**
 * Turns a command line into one {@link Command} run and an exit code. It maps {@code --help}/{@code -h} and
 * {@code --version}/{@code -V} to the {@code help} and {@code version} commands, answers {@code NAME --help},
 * rejects unknown commands with {@link ExitCode#ERROR}, and catches everything a command throws so that the user
 * sees one {@code framewright: error: ...} line instead of a stack trace.
 */
public final class Dispatcher {

    /** Prefix of every error line on stderr. */
    public static final String ERROR_PREFIX = "framewright: error: ";

    private static final Map<String, String> OPTION_ALIASES = Map.of(
            "--help", "help", "-h", "help", "--version", "version", "-V", "version");

    private final CommandContext context;
    private final boolean debug;

    /**
     * @param context streams, working directory, version and commands to use
     * @param debug whether to print stack traces of internal errors (system property {@code framewright.debug})
     */
    public Dispatcher(CommandContext context, boolean debug) {
        this.context = context;
        this.debug = debug;
    }

    /** Runs the command line {@code args} and returns the process exit code. */
    public int run(List<String> args) {
        try {
            return dispatch(args);
        } catch (CommandException e) {
            error(e.getMessage(), e);
            return e.exitCode();
        } catch (Throwable e) { // the top of the application: the user gets one line, not a stack trace
            error("internal error: " + describe(e), e);
            return ExitCode.ERROR;
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }

    private int dispatch(List<String> args) throws Exception {
        if (args.isEmpty()) {
            return HelpCommand.printOverview(context);
        }
        String word = args.get(0);
        String name = OPTION_ALIASES.getOrDefault(word, word);
        Command command = context.registry().find(name).orElse(null);
        if (command == null) {
            context.err().println(ERROR_PREFIX + "unknown command '" + word + "'");
            context.err().println("Run 'framewright --help' for the list of commands.");
            return ExitCode.ERROR;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.equals(List.of("--help")) || rest.equals(List.of("-h"))) {
            return HelpCommand.printCommandHelp(context, command);
        }
        return command.run(context, rest);
    }

    private void error(String message, Throwable e) {
        context.err().println(ERROR_PREFIX + message);
        if (debug) {
            e.printStackTrace(context.err());
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getName() : e.getClass().getSimpleName() + ": " + message;
    }
}
