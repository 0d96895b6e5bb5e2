package org.framewright.cli.commands;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.framewright.cli.Arguments;
import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.ExitCode;
import org.framewright.history.FileRevision;
import org.framewright.history.FrameworkHistory;
import org.framewright.history.HistoryException;

/**
 * {@code framewright log MODEL}: the commits that touched a framework file, newest first, one line each:
 * {@code SHORT-ID DATE AUTHOR | MESSAGE | SUMMARY} (date in UTC, {@code yyyy-MM-dd}; the summary says what the commit
 * did to the model, e.g. {@code +3 indicators, 2 weights changed}). Exit 0, or 2 when the file is not in a Git
 * working tree or its history cannot be read.
 */
public final class LogCommand implements Command {

    private static final CommandLine LINE = new CommandLine("MODEL");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    @Override
    public String name() {
        return "log";
    }

    @Override
    public String summary() {
        return "List the Git commits that touched a framework file, each with what it changed in the model";
    }

    @Override
    public CommandLine commandLine() {
        return LINE;
    }

    @Override
    public int run(CommandContext context, List<String> args) throws CommandException {
        Arguments arguments = LINE.parse(name(), args);
        if (arguments.positionals().size() != 1) {
            throw arguments.usage("expected one framework file, MODEL, not " + arguments.positionals().size());
        }
        String model = arguments.positionals().get(0);
        try (FrameworkHistory history = FrameworkHistory.of(context.resolve(model))) {
            for (FileRevision revision : history.revisions()) {
                context.out().println(revision.shortId() + " " + DATE.format(revision.time()) + " "
                    + revision.author() + " | " + revision.message() + " | " + revision.summary());
            }
        } catch (HistoryException e) {
            throw new CommandException(e.getMessage().replace(context.resolve(model).toString(), model),
                ExitCode.ERROR, e);
        }
        context.out().flush();
        return ExitCode.OK;
    }
}
