package org.framewright.cli.commands;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.ExitCode;
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

    private static final Set<String> OPTIONS = Set.of("data", "period", "scheme-a", "scheme-b", "scenario-a",
        "scenario-b", "format");

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String summary() {
        return "Score the same councils under two frameworks, schemes or scenarios; list ratings and ranks that move";
    }

    @Override
    public String usage() {
        return "MODEL_A [MODEL_B] --data FILE [--period P] [--scheme-a ID] [--scheme-b ID] [--scenario-a ID] "
            + "[--scenario-b ID] [--format table|csv|html]";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws CommandException, IOException {
        ParsedArguments parsed = ParsedArguments.parse(name(), args, OPTIONS);
        List<String> models = parsed.positional();
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
        ScoringResult a = score(frameworkA, schemeA, ScoringInputs.data(context, data, frameworkA, period), period);
        ScoringResult b = frameworkB == frameworkA && schemeB == schemeA ? a
            : score(frameworkB, schemeB, ScoringInputs.data(context, data, frameworkB, period), period);
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
