package org.framewright.cli.commands;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.framewright.cli.Arguments;
import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.ExitCode;
import org.framewright.cli.Option;
import org.framewright.compare.DiffFormat;
import org.framewright.compare.FrameworkComparison;
import org.framewright.compare.FrameworkDiff;
import org.framewright.model.Framework;

/**
 * {@code framewright diff OLD NEW [--format table|json|html]}: the semantic difference of two frameworks on
 * standard output. Exit 0 when they are identical, 1 when they differ, 2 when a file cannot be read.
 */
public final class DiffCommand implements Command {

    private static final CommandLine LINE = new CommandLine("OLD NEW",
        Option.choice("format", List.of("table", "json", "html"), "the output (default table)"));

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public String summary() {
        return "Compare two frameworks: indicators kept, revised, new, retired; elements added, removed, changed, moved";
    }

    @Override
    public CommandLine commandLine() {
        return LINE;
    }

    @Override
    public int run(CommandContext context, List<String> args) throws CommandException, IOException {
        Arguments parsed = LINE.parse(name(), args);
        if (parsed.positionals().size() != 2) {
            throw new CommandException("diff: expected two framework files, OLD and NEW; usage: framewright diff "
                + usage());
        }
        DiffFormat format = DiffFormat.named(parsed.option("format", "table"));
        if (format == null) {
            throw new CommandException("diff: --format must be table, json or html, not '"
                + parsed.option("format", "") + "'");
        }
        Framework oldFramework = ModelFiles.require(context, parsed.positionals().get(0));
        Framework newFramework = ModelFiles.require(context, parsed.positionals().get(1));
        FrameworkDiff diff = FrameworkComparison.compare(oldFramework, newFramework);
        StringWriter text = new StringWriter();
        format.write(diff, text);
        context.out().print(text);
        context.out().flush();
        return diff.identical() ? ExitCode.OK : ExitCode.FAILURE;
    }
}
