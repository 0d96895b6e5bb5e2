package org.framewright.cli.commands;

import java.util.List;

import org.framewright.cli.Arguments;
import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.ExitCode;
import org.framewright.cli.Option;
import org.framewright.cli.plugins.ProductInstallation;

/**
 * {@code framewright uninstall --feature ID}: removes a feature installed with {@code install} (or Help > Install
 * New Software...) from the product, through the p2 director (issue 14). Exit 0 when removed, 2 with a message
 * otherwise (e.g. the feature is not installed).
 */
public final class UninstallCommand implements Command {

    private static final CommandLine LINE = new CommandLine("",
        Option.value("feature", "ID", "the installed feature to remove (see framewright plugins)").required());

    @Override
    public String name() {
        return "uninstall";
    }

    @Override
    public String summary() {
        return "Uninstall a plugin (a feature) installed with 'install', through the p2 director";
    }

    @Override
    public CommandLine commandLine() {
        return LINE;
    }

    @Override
    public int run(CommandContext context, List<String> args) throws CommandException {
        Arguments arguments = LINE.parse(name(), args);
        if (!arguments.positionals().isEmpty()) {
            throw arguments.usage("unexpected argument '" + arguments.positionals().get(0) + "'");
        }
        String feature = InstallCommand.featureId(arguments.required("feature"));
        ProductInstallation product = ProductInstallation.running();
        String unit = ProductInstallation.featureUnit(feature);
        boolean installed = product.installedFeatures().stream()
            .anyMatch(line -> ProductInstallation.featureUnit(line.substring(0, line.indexOf(' '))).equals(unit));
        if (!installed) {
            throw new CommandException("--feature: " + feature + " is not an installed plugin (framewright plugins"
                + " lists them)");
        }
        product.uninstall(feature);
        context.err().println("Uninstalled " + feature + " from the Framewright in " + product.folder()
            + " for this user; it is gone the next time Framewright starts.");
        return ExitCode.OK;
    }
}
