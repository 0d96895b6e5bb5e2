package org.framewright.cli.commands;

import java.util.List;

import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.ExitCode;
import org.framewright.cli.plugins.ProductInstallation;

/**
 * {@code framewright plugins}: the features installed into the product with {@code install} or Help > Install New
 * Software..., one {@code ID VERSION} line each, sorted (nothing when none is). Exit 0, or 2 when the product's p2
 * profile cannot be read.
 */
public final class PluginsCommand implements Command {

    private static final CommandLine LINE = new CommandLine("");

    @Override
    public String name() {
        return "plugins";
    }

    @Override
    public String summary() {
        return "List the plugins (features) installed into this Framewright: ID VERSION";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws CommandException {
        var arguments = LINE.parse(name(), args);
        if (!arguments.positionals().isEmpty()) {
            throw arguments.usage("unexpected argument '" + arguments.positionals().get(0) + "'");
        }
        ProductInstallation.running().installedFeatures().forEach(context.out()::println);
        context.out().flush();
        return ExitCode.OK;
    }
}
