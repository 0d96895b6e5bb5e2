package org.framewright.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.framewright.cli.Arguments;
import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.ExitCode;
import org.framewright.cli.Option;
import org.framewright.compare.report.FrameworkReport;
import org.framewright.compare.report.ReportInput;
import org.framewright.compare.report.ReportRun;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.review.report.CommentsSection;
import org.framewright.scoring.ScoredCouncils;
import org.framewright.scoring.ScoringException;
import org.framewright.simulation.UncertainScheme;
import org.framewright.scoring.series.StrengthsAndWeaknesses;

/**
 * {@code framewright report MODEL --data FILE --out report.html [--period P] [--scheme ID] [--groups FILE] [--simulate N]
 * [--comments] [--council ID,...]}: one
 * self-contained HTML report (framework summary, structure, logic models, rating distribution chart, league table
 * and, with {@code --simulate N}, a Monte Carlo summary of N draws of perturbed weights, as {@code simulate}'s
 * default {@code --perturb weights:0.25 --seed 0}, with its rank-interval and sensitivity plots), with
 * {@code --council} a strengths-and-weaknesses section per council named ({@link StrengthsAndWeaknesses}; an id the
 * data lacks is exit 1) and, with {@code --comments}, the review comments kept beside the model, open ones first. The file
 * is written whole or not at all. Exit 0 written, 1 data errors, 2 unreadable input or usage.
 */
public final class ReportCommand implements Command {

    private static final CommandLine LINE = new CommandLine("MODEL",
        Option.value("data", "FILE", "the councils' data: native CSV, NHS England ASCOF open-data CSV or XLSX")
            .required(),
        Option.value("out", "REPORT.html", "the report written (atomically)").required(),
        Option.value("period", "P", "the period scored (required when the data has several)"),
        Option.value("scheme", "ID", "the scoring scheme (default the model's first)"),
        ComparatorGroups.OPTION,
        Option.value("simulate", "N", "add a simulation summary of N Monte Carlo draws"),
        Option.flag("comments", "add the review comments kept beside the model (MODEL.comments)"),
        Option.value("council", "ID,...", "add a strengths-and-weaknesses section per council named (its indicators"
            + " by rank among the scored councils)"));

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "Write a self-contained HTML report: framework summary, structure, league table, rating chart";
    }

    @Override
    public CommandLine commandLine() {
        return LINE;
    }

    @Override
    public int run(CommandContext context, List<String> args) throws CommandException, IOException {
        Arguments parsed = LINE.parse(name(), args);
        if (parsed.positionals().size() != 1 || !parsed.has("data") || !parsed.has("out")) {
            throw new CommandException("report: usage: framewright report " + usage());
        }
        String period = parsed.option("period", null);
        Framework framework = ModelFiles.requireScorable(context, parsed.positionals().get(0));
        ScoringScheme scheme = ScoringInputs.scheme(framework, parsed.option("scheme", null), null, "--scheme");
        long draws = draws(parsed.option("simulate", null));
        List<String> councils = councils(parsed.option("council", null));
        DataSet data;
        ReportInput input;
        try {
            data = ScoringInputs.data(context, parsed.option("data", null), framework, scheme, period);
            ComparatorGroups.addGiven(context, parsed.option("groups", null), data);
            requireCouncils(data, period, councils, parsed.option("data", null));
            Set<String> sections = parsed.has("comments") ? Set.of(CommentsSection.ID) : Set.of();
            input = ReportRun.compute(new ReportRun.Request(framework, scheme, data, period, draws,
                ReportRun.DEFAULT_PERTURBATION, councils, context.resolve(parsed.positionals().get(0)), sections),
                ReportRun.Progress.of(ProgressOnStderr.of(context.err(), "report: draws"),
                    ProgressOnStderr.of(context.err(), "report: sensitivity model evaluations")));
        } catch (ScoringException | IllegalArgumentException e) {
            throw new CommandException("report: " + framework.getId() + " / " + scheme.getId() + ": "
                + e.getMessage(), ExitCode.FAILURE, e);
        }
        String outOption = parsed.option("out", null);
        Output.write(context, outOption, FrameworkReport.html(input));
        Path out = context.resolve(outOption);
        context.err().println("report: wrote " + out + " (" + ScoredCouncils.of(input.result()).summary() + ")");
        return ExitCode.OK;
    }

    /** The council ids of {@code --council} (comma-separated), in order, each once; empty when not given. */
    private static List<String> councils(String value) throws CommandException {
        if (value == null) {
            return List.of();
        }
        List<String> ids = Arrays.stream(value.split(",")).map(String::trim).filter(id -> !id.isEmpty()).distinct()
            .toList();
        if (ids.isEmpty()) {
            throw new CommandException("report: --council takes council ids separated by commas, not '" + value + "'");
        }
        return ids;
    }

    /**
     * Refuses (exit 1) a council id the data does not hold in {@code period} (null: any), naming it, the data file
     * and a few ids it does hold; a council of other years only (read for a time-series imputation) is not scored.
     */
    private static void requireCouncils(DataSet data, String period, List<String> councils, String dataFile)
            throws CommandException {
        String council = ReportRun.unknownCouncil(data, period, councils);
        if (council != null) {
            Set<String> known = ReportRun.councilIds(data, period);
            throw new CommandException("report: --council " + council + ": no council with this id in " + dataFile
                + " (it has " + known.size() + " councils, e.g. " + String.join(", ", known.stream().limit(3)
                    .toList()) + ")", ExitCode.FAILURE, null);
        }
    }

    /** The number of draws of {@code --simulate}: 0 when not given; a whole number from 1 to 10,000,000. */
    private static long draws(String value) throws CommandException {
        if (value == null) {
            return 0;
        }
        try {
            long draws = Long.parseLong(value.trim());
            if (draws >= 1 && draws <= UncertainScheme.MAX_SAMPLES) {
                return draws;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CommandException("report: --simulate takes a number of draws from 1 to " + UncertainScheme.MAX_SAMPLES
            + ", not '" + value + "'");
    }
}
