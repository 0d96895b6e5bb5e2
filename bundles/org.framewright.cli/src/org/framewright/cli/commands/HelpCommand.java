package org.framewright.cli.commands;

import java.io.PrintStream;
import java.util.List;

import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.ExitCode;
import org.framewright.cli.Option;

/** {@code framewright help [COMMAND]} (also {@code --help}, {@code -h}): lists the commands or explains one. */
public final class HelpCommand implements Command {

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String summary() {
        return "Show this list, or the usage of one command";
    }

    @Override
    public String usage() {
        return "[COMMAND]";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws CommandException {
        if (args.isEmpty()) {
            return printOverview(context);
        }
        if (args.size() > 1) {
            throw new CommandException("help takes at most one command name");
        }
        Command command = context.registry().find(args.get(0))
                .orElseThrow(() -> new CommandException("unknown command '" + args.get(0) + "'"));
        return printCommandHelp(context, command);
    }

    /** Prints the usage line and the list of commands on standard output. */
    public static int printOverview(CommandContext context) {
        PrintStream out = context.out();
        out.println("Framewright " + context.version() + " - outcomes frameworks for adult social care");
        out.println();
        out.println("Usage: framewright COMMAND [ARGUMENTS...]");
        out.println("       framewright --help | --version");
        out.println();
        out.println("Commands:");
        int width = context.registry().all().stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (Command command : context.registry().all()) {
            out.printf("  %-" + width + "s  %s%n", command.name(), command.summary());
        }
        out.println();
        out.println("Run 'framewright help COMMAND' for the usage of one command.");
        out.println("Exit codes: 0 ok, 1 negative result (e.g. validation errors), 2 usage or other error.");
        return ExitCode.OK;
    }

    /** Prints the usage and summary of one command on standard output. */
    public static int printCommandHelp(CommandContext context, Command command) {
        String usage = command.usage().isEmpty() ? "" : " " + command.usage();
        context.out().println("Usage: framewright " + command.name() + usage);
        context.out().println();
        context.out().println(command.summary());
        if (!command.options().isEmpty()) {
            context.out().println();
            context.out().println("Options:");
            int width = command.options().stream().mapToInt(o -> o.synopsis().length()).max().orElse(0);
            for (Option option : command.options()) {
                context.out().printf("  %-" + width + "s  %s%n", option.synopsis(), option.help());
            }
        }
        return ExitCode.OK;
    }
}
