package org.framewright.cli;

import java.util.List;
import java.util.Map;

import org.framewright.model.resource.DisplayText;

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
        // a message may quote a file's content: each of its lines is shown on one line, control characters escaped
        StringBuilder shown = new StringBuilder();
        for (String line : String.valueOf(message).split("\\R", -1)) {
            shown.append(shown.isEmpty() ? "" : System.lineSeparator()).append(DisplayText.oneLine(line));
        }
        context.err().println(ERROR_PREFIX + shown);
        if (debug) {
            e.printStackTrace(context.err());
        }
    }

    /** What went wrong in the user's terms: never a class name; the details are there with framewright.debug. */
    private static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory; the input is too large for the memory given to framewright (-Xmx)";
        }
        String message = e.getMessage();
        String detail = message == null || message.isBlank() ? "an unexpected condition" : DisplayText.quote(message);
        return detail + " (a fault in framewright; run with -Dframewright.debug=true to see where)";
    }
}
