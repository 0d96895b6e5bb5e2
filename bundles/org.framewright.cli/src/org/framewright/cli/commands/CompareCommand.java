package org.framewright.cli.commands;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.framewright.cli.Arguments;
import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.ExitCode;
import org.framewright.cli.Option;
import org.framewright.compare.results.ResultComparison;
import org.framewright.compare.results.ResultsDiff;
import org.framewright.compare.results.ResultsFormat;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringException;
import org.framewright.scoring.ScoringResult;

/**
 * {@code framewright compare MODEL_A [MODEL_B] --data FILE [--period P] [--scheme-a ID] [--scheme-b ID]
 * [--scenario-a ID] [--scenario-b ID] [--format table|csv|html]}: scores the same councils under A and B and lists
 * those whose rating or rank changes, with the nodes that moved most for each. Without MODEL_B, B is MODEL_A (to
 * compare two schemes or scenarios of one framework). Exit 0 done, 1 data errors, 2 unreadable input or usage.
 */
public final class CompareCommand implements Command {

    private static final CommandLine LINE = new CommandLine("MODEL_A [MODEL_B]",
        Option.value("data", "FILE", "the councils' data, scored under A and under B").required(),
        Option.value("period", "P", "the period scored (required when the data has several)"),
        Option.value("scheme-a", "ID", "A's scoring scheme (default MODEL_A's first)"),
        Option.value("scheme-b", "ID", "B's scoring scheme (default MODEL_B's first)"),
        Option.value("scenario-a", "ID", "a scenario of A's scheme, applied to A"),
        Option.value("scenario-b", "ID", "a scenario of B's scheme, applied to B"),
        Option.choice("format", List.of("table", "csv", "html"), "the output (default table)"));

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String summary() {
        return "Score the same councils under two frameworks, schemes or scenarios; list ratings and ranks that move";
    }

    @Override
    public CommandLine commandLine() {
        return LINE;
    }

    @Override
    public int run(CommandContext context, List<String> args) throws CommandException, IOException {
        Arguments parsed = LINE.parse(name(), args);
        List<String> models = parsed.positionals();
        if (models.isEmpty() || models.size() > 2 || !parsed.has("data")) {
            throw new CommandException("compare: usage: framewright compare " + usage());
        }
        ResultsFormat format = ResultsFormat.named(parsed.option("format", "table"));
        if (format == null) {
            throw new CommandException("compare: --format must be table, csv or html");
        }
        String period = parsed.option("period", null);
        Framework frameworkA = ModelFiles.requireScorable(context, models.get(0));
        Framework frameworkB = models.size() == 2 ? ModelFiles.requireScorable(context, models.get(1)) : frameworkA;
        ScoringScheme schemeA = ScoringInputs.scheme(frameworkA, parsed.option("scheme-a", null),
            parsed.option("scenario-a", null), "--scheme-a");
        ScoringScheme schemeB = ScoringInputs.scheme(frameworkB, parsed.option("scheme-b", null),
            parsed.option("scenario-b", null), "--scheme-b");
        String data = parsed.option("data", null);
        ScoringResult a = score(frameworkA, schemeA, ScoringInputs.data(context, data, frameworkA, schemeA, period), period);
        ScoringResult b = frameworkB == frameworkA && schemeB == schemeA ? a
            : score(frameworkB, schemeB, ScoringInputs.data(context, data, frameworkB, schemeB, period), period);
        ResultsDiff diff = ResultComparison.compare(
            a, ScoringInputs.label(frameworkA, schemeA, parsed.option("scenario-a", null)),
            b, ScoringInputs.label(frameworkB, schemeB, parsed.option("scenario-b", null)));
        // render fully before printing, so that a failure leaves no partial output
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buffer, false, StandardCharsets.UTF_8)) {
            format.write(diff, out);
        }
        context.out().print(buffer.toString(StandardCharsets.UTF_8));
        context.out().flush();
        return ExitCode.OK;
    }

    private static ScoringResult score(Framework framework, ScoringScheme scheme,
            org.framewright.model.DataSet data, String period) throws CommandException {
        try {
            return ScoringEngine.score(framework, scheme, data, period);
        } catch (ScoringException e) {
            throw new CommandException("compare: " + framework.getId() + " / " + scheme.getId() + ": "
                + e.getMessage(), ExitCode.FAILURE, e);
        }
    }
}
