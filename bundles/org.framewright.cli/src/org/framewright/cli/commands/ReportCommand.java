package org.framewright.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.ExitCode;
import org.framewright.compare.report.FrameworkReport;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringException;
import org.framewright.scoring.ScoringResult;

/**
 * {@code framewright report MODEL --data FILE --out report.html [--period P] [--scheme ID]}: one self-contained
 * HTML report (framework summary, structure, logic models, league table, rating distribution chart). The file
 * is written whole or not at all. Exit 0 written, 1 data errors, 2 unreadable input or usage.
 */
public final class ReportCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("data", "out", "period", "scheme");

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "Write a self-contained HTML report: framework summary, structure, league table, rating chart";
    }

    @Override
    public String usage() {
        return "MODEL --data FILE --out REPORT.html [--period P] [--scheme ID]";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws CommandException, IOException {
        ParsedArguments parsed = ParsedArguments.parse(name(), args, OPTIONS);
        if (parsed.positional().size() != 1 || !parsed.has("data") || !parsed.has("out")) {
            throw new CommandException("report: usage: framewright report " + usage());
        }
        String period = parsed.option("period", null);
        Framework framework = ModelFiles.require(context, parsed.positional().get(0));
        ScoringScheme scheme = ScoringInputs.scheme(framework, parsed.option("scheme", null), null, "--scheme");
        ScoringResult result;
        try {
            result = ScoringEngine.score(framework, scheme,
                ScoringInputs.data(context, parsed.option("data", null), framework, period), period);
        } catch (ScoringException e) {
            throw new CommandException("report: " + framework.getId() + " / " + scheme.getId() + ": "
                + e.getMessage(), ExitCode.FAILURE, e);
        }
        Path out = context.resolve(parsed.option("out", null));
        AtomicFiles.writeString(out, FrameworkReport.html(framework, scheme, result));
        context.err().println("report: wrote " + out + " (" + result.councils().size() + " councils)");
        return ExitCode.OK;
    }
}
