package org.framewright.cli.commands;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.framewright.cli.Arguments;
import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.ExitCode;
import org.framewright.cli.Option;
import org.framewright.cli.plugins.ProductInstallation;

/**
 * {@code framewright install --repository URL --feature ID}: installs a feature (a plugin) from an update site into
 * the product that {@code ./framewright} runs, through the p2 director (issue 14). {@code URL} is a {@code file:} or
 * {@code http(s):} update site; a relative {@code file:} path is relative to the working directory. The feature is
 * installed for the user (see {@link ProductInstallation}), for the workbench and the command line alike. Exit 0 when
 * installed (it takes effect the next time Framewright starts), 2 with a message otherwise (bad URL, no update site
 * there, no such feature, unsatisfied requirements).
 */
public final class InstallCommand implements Command {

    private static final CommandLine LINE = new CommandLine("",
        Option.value("repository", "URL", "the update site: a file: or http(s): URL").required(),
        Option.value("feature", "ID", "the feature to install, e.g. org.framewright.examples.feature").required());

    @Override
    public String name() {
        return "install";
    }

    @Override
    public String summary() {
        return "Install a plugin (a feature) from an update site into this Framewright, through the p2 director";
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
        String repository = updateSite(context, arguments.required("repository"));
        String feature = featureId(arguments.required("feature"));
        ProductInstallation product = ProductInstallation.running();
        product.install(repository, feature);
        context.err().println("Installed " + feature + " from " + repository + " into the Framewright in "
            + product.folder() + " for this user; it takes effect the next time Framewright starts.");
        return ExitCode.OK;
    }

    /** A feature id as given to --feature: non-empty, no spaces. */
    static String featureId(String id) throws CommandException {
        if (id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
            throw new CommandException("--feature: '" + id + "' is not a feature id (e.g. org.framewright.examples.feature)");
        }
        return id;
    }

    /** The update site's URI: file: (an existing p2 repository folder) or http(s):. */
    static String updateSite(CommandContext context, String url) throws CommandException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new CommandException("--repository: '" + url + "' is not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "http", "https" -> {
                if (uri.getHost() == null) {
                    throw new CommandException("--repository: '" + url + "' names no host");
                }
                return uri.toString();
            }
            case "file" -> {
                String path = uri.getSchemeSpecificPart();
                Path folder = context.workingDirectory().resolve(path.startsWith("//") ? uri.getPath() : path)
                    .normalize();
                if (!Files.isDirectory(folder)) {
                    throw new CommandException("--repository: no folder " + folder + " (from '" + url + "')");
                }
                boolean site = List.of("content.xml", "content.jar", "content.xml.xz", "compositeContent.xml",
                    "compositeContent.jar", "p2.index").stream().anyMatch(f -> Files.isRegularFile(folder.resolve(f)));
                if (!site) {
                    throw new CommandException("--repository: " + folder + " is not an update site (no content.jar,"
                        + " content.xml or compositeContent.xml in it)");
                }
                return folder.toUri().toString();
            }
            default -> throw new CommandException("--repository: '" + url
                + "' is not a file: or http(s): URL of an update site (e.g. file:/path/to/repository)");
        }
    }
}
