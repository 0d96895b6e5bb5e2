package org.framewright.cli.commands;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.framewright.cli.Arguments;
import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.ExitCode;
import org.framewright.cli.Option;
import org.framewright.io.DataImport;
import org.framewright.model.Area;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.Observation;
import org.framewright.model.ScoringScheme;
import org.framewright.model.query.PeriodCalendar;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.ScoringException;
import org.framewright.scoring.series.FrameworkBreak;
import org.framewright.scoring.series.TrendRow;
import org.framewright.scoring.series.Trends;

/**
 * {@code framewright trend MODEL --data FILE [--scheme ID] [--format table|csv|html]}: scores every period of the
 * data in which the model's indicators occur (each as {@code score --period P} does) and reports each council's
 * score, rating and rank per period and the rank change from the previous period. A change of framework within
 * the data ({@link Trends#breaks}) is marked before its first period in the table and the HTML page, and noted on
 * standard error (the CSV's columns are a contract and stay as they are).
 */
public final class TrendCommand implements Command {

    /** The CSV header of the contract. */
    public static final List<String> COLUMNS = List.of("council", "period", "score", "rating", "rank", "rank_change");

    private static final CommandLine LINE = new CommandLine("MODEL",
        Option.value("data", "FILE", "the councils' data over several periods").required(),
        Option.value("scheme", "ID", "the scoring scheme (default: the model's first)"),
        Option.choice("format", List.of("table", "csv", "html"), "the output (default table)"),
        Option.value("out", "FILE", "write the output to FILE (atomically) instead of standard output"));

    @Override
    public String name() {
        return "trend";
    }

    @Override
    public String summary() {
        return "Scores, ratings and ranks of every period of the data, with each council's rank change";
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
        String format = arguments.choice("format", "table");
        Framework framework = Inputs.framework(context, arguments.positionals().get(0));
        ScoringScheme scheme = ScoringInputs.scheme(framework, arguments.option("scheme"), null, "--scheme");
        // a file over several years holds the ids of several frameworks: ids are not checked against this one;
        // the engine reads only the model's ids, and each period whose rows name others is reported
        DataImport data = SeriesInputs.data(context, arguments.required("data"), null, null,
            PeriodCalendar.declaredBy(framework));
        reportOtherIds(context, framework, data.dataSet());
        List<TrendRow> rows;
        Map<String, FrameworkBreak> breaks = new HashMap<>();
        try {
            rows = Trends.build(framework, scheme, data.dataSet());
            for (FrameworkBreak change : Trends.breaks(framework, data.dataSet())) {
                breaks.put(change.period(), change);
                context.err().println("note: " + change.describe(framework.getId()));
            }
        } catch (ScoringException e) {
            throw new CommandException(e.getMessage(), ExitCode.FAILURE, e);
        }
        if (rows.isEmpty()) {
            throw new CommandException("no period of " + arguments.required("data") + " holds an indicator of framework "
                + framework.getId(), ExitCode.FAILURE, null);
        }
        SeriesTable table = new SeriesTable(COLUMNS);
        String period = null;
        for (TrendRow row : rows) {
            if (!row.period().equals(period) && breaks.containsKey(row.period())) {
                table.mark(breaks.get(row.period()).describe(framework.getId()));
            }
            period = row.period();
            table.row(row.council(), row.period(), ScoreFormat.format(row.score()), row.rating(),
                row.rank() == null ? "" : row.rank().toString(), row.rankChange() == null ? "" : row.rankChange().toString());
        }
        Output.write(context, arguments.option("out"), table.render(format, "Trend: " + framework.getName() + " / "
            + scheme.getId(), null));
        return ExitCode.OK;
    }

    /** A note per period of the trend whose data name ids the framework does not know (a change of framework). */
    private static void reportOtherIds(CommandContext context, Framework framework, DataSet data) {
        Set<String> known = new HashSet<>();
        framework.getIndicators().forEach(i -> known.add(i.getId()));
        framework.eAllContents().forEachRemaining(e -> {
            if (e instanceof Area area) {
                known.add(area.getId());
            }
        });
        Map<String, Set<String>> knownIn = new TreeMap<>();
        Map<String, Set<String>> other = new TreeMap<>();
        for (Observation o : data.getObservations()) {
            String period = String.valueOf(o.getPeriod());
            (known.contains(o.getNodeId()) ? knownIn : other).computeIfAbsent(period, k -> new TreeSet<>())
                .add(o.getNodeId());
        }
        for (Map.Entry<String, Set<String>> entry : other.entrySet()) {
            if (knownIn.containsKey(entry.getKey())) {
                context.err().println("note: period " + entry.getKey() + " has " + entry.getValue().size()
                    + " id(s) that are not indicators of " + framework.getId() + " (e.g. "
                    + entry.getValue().iterator().next() + "): scored on the framework's own indicators only");
            }
        }
    }
}
