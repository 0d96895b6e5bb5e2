package org.framewright.cli.commands;

import java.util.List;

import org.framewright.cli.Arguments;
import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.ExitCode;
import org.framewright.cli.Option;
import org.framewright.io.DataImport;
import org.framewright.io.ResultWriters;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringException;
import org.framewright.scoring.ScoringResult;

/**
 * {@code framewright score MODEL --data FILE [--scheme ID] [--period P] [--groups FILE] [--format table|csv|json]
 * [--out FILE]}: scores the councils of a data file under one of the model's scoring schemes ({@code --groups} gives
 * the comparator groups that {@code comparator position} among similar councils or clubs reads). The formats are the
 * result writers of kind {@code score} installed ({@link ResultWriters}): the built-in three, contributed by this
 * bundle, and any a plugin adds.
 */
public final class ScoreCommand implements Command {

    private static final CommandLine LINE = new CommandLine("MODEL",
        Option.value("data", "FILE", "the councils' data: native CSV, NHS England ASCOF open-data CSV or XLSX")
            .required(),
        Option.value("scheme", "ID", "the scoring scheme (required when the model has several)"),
        Option.value("period", "P", "the period scored (required when the data has several)"),
        ComparatorGroups.OPTION,
        Option.choice("format", ResultWriters.ids(ResultWriters.SCORE),
            "the output (default table); the writers installed for scores (org.framewright.io.formats)"),
        Option.value("out", "FILE", "write the output to FILE (atomically) instead of standard output"));

    @Override
    public String name() {
        return "score";
    }

    @Override
    public String summary() {
        return "Score councils' data under a framework's scoring scheme";
    }

    @Override
    public CommandLine commandLine() {
        return LINE;
    }

    @Override
    public int run(CommandContext context, List<String> args) throws CommandException {
        Arguments arguments = LINE.parse(name(), args);
        if (arguments.positionals().size() != 1) {
            throw arguments.usage("give exactly one MODEL file");
        }
        String dataFile = arguments.required("data");
        String format = arguments.choice("format", "table");
        ResultWriters.Writer writer = ResultWriters.find(ResultWriters.SCORE, format);
        if (writer == null) {
            throw arguments.usage("no installed writer of scores is called '" + format + "'; installed: "
                + String.join(", ", ResultWriters.ids(ResultWriters.SCORE)));
        }
        String period = arguments.option("period");
        Framework framework = Inputs.framework(context, arguments.positionals().get(0));
        ScoringScheme scheme = scheme(framework, arguments.option("scheme"), arguments);
        DataImport data = Inputs.scoringData(context, dataFile, framework, scheme, period);
        if (data == null) {
            return ExitCode.FAILURE;
        }
        ComparatorGroups.addGiven(context, arguments.option("groups"), data.dataSet());
        ScoringResult result;
        try {
            result = ScoringEngine.score(framework, scheme, data.dataSet(), period);
        } catch (ScoringException e) {
            throw Inputs.refusal("", e);
        }
        Output.write(context, arguments.option("out"), writer.render(result));
        return ExitCode.OK;
    }

    private static ScoringScheme scheme(Framework framework, String id, Arguments arguments) throws CommandException {
        List<String> ids = framework.getSchemes().stream().map(ScoringScheme::getId).toList();
        if (id == null && ids.size() == 1) {
            return framework.getSchemes().get(0);
        }
        for (ScoringScheme scheme : framework.getSchemes()) {
            if (scheme.getId().equals(id)) {
                return scheme;
            }
        }
        if (ids.isEmpty()) {
            throw new CommandException("framework " + framework.getId() + " has no scoring scheme", ExitCode.ERROR, null);
        }
        throw arguments.usage((id == null ? "the framework has several schemes; choose one with --scheme"
            : "the framework has no scheme '" + id + "'") + "; its schemes are " + String.join(", ", ids));
    }
}
