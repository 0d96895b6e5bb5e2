package org.framewright.cli.commands;

import java.util.List;

import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.ExitCode;

/** {@code framewright version} (also {@code --version}, {@code -V}): prints {@code Framewright <version>}. */
public final class VersionCommand implements Command {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return "Print the Framewright version";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws CommandException {
        if (!args.isEmpty()) {
            throw new CommandException("version takes no arguments");
        }
        context.out().println("Framewright " + context.version());
        return ExitCode.OK;
    }
}
