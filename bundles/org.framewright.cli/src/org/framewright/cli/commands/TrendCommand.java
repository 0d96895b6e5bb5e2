package org.framewright.cli.commands;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.Observation;
import org.framewright.model.ScoringScheme;
import org.framewright.model.query.PeriodCalendar;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.ScoringException;
import org.framewright.scoring.series.FrameworkBreak;
import org.framewright.scoring.series.FrameworkChain;
import org.framewright.scoring.series.TrendRow;
import org.framewright.scoring.series.Trends;

/**
 * {@code framewright trend MODEL --data FILE [--scheme ID] [--earlier MODEL]... [--format table|csv|html]}: scores
 * every period of the data in which the model's indicators occur (each as {@code score --period P} does) and reports
 * each council's score, rating and rank per period and the rank change from the previous period. With
 * {@code --earlier}, each period is scored with the framework that covers it best ({@link FrameworkChain}). A change
 * of framework within the data ({@link Trends#breaks}) is marked before its first period in the table and the HTML
 * page, and noted on standard error (the CSV's columns are a contract and stay as they are).
 */
public final class TrendCommand implements Command {

    /** The CSV header of the contract. */
    public static final List<String> COLUMNS = List.of("council", "period", "score", "rating", "rank", "rank_change");

    private static final CommandLine LINE = new CommandLine("MODEL",
        Option.value("data", "FILE", "the councils' data over several periods").required(),
        Option.value("scheme", "ID", "the scoring scheme (default: the model's first)"),
        Option.value("earlier", "MODEL", "an earlier framework scoring the periods it covers best (repeatable,"
            + " newest first)").repeatable(),
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
        // the engine reads only the ids of the framework scoring a period, and each period whose rows name others is
        // reported
        FrameworkChain chain = new FrameworkChain(framework, earlier(context, arguments.values("earlier")));
        DataImport data = SeriesInputs.data(context, arguments.required("data"), null, null,
            PeriodCalendar.declaredBy(framework));
        List<TrendRow> rows;
        Map<String, Framework> byPeriod;
        Map<String, FrameworkBreak> breaks = new HashMap<>();
        try {
            byPeriod = chain.byPeriod(data.dataSet());
            reportOtherIds(context, byPeriod, data.dataSet());
            rows = Trends.build(chain, scheme, data.dataSet());
            for (FrameworkBreak change : Trends.breaks(chain, data.dataSet())) {
                breaks.put(change.period(), change);
                context.err().println("note: " + describe(change, chain, byPeriod));
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
            if (!row.period().equals(period) && period == null && chain.hasEarlier()) {
                table.mark(scoredWith(row.period(), byPeriod));
            } else if (!row.period().equals(period) && breaks.containsKey(row.period())) {
                table.mark(describe(breaks.get(row.period()), chain, byPeriod));
            }
            period = row.period();
            table.row(row.council(), row.period(), ScoreFormat.format(row.score()), row.rating(),
                row.rank() == null ? "" : row.rank().toString(), row.rankChange() == null ? "" : row.rankChange().toString());
        }
        Output.write(context, arguments.option("out"), table.render(format, "Trend: " + framework.getName() + " / "
            + scheme.getId(), null));
        return ExitCode.OK;
    }

    /**
     * The {@code --earlier} models, each readable and valid; any other is exit 1 naming the option and file (the
     * trend cannot be scored as asked without it).
     */
    private static List<Framework> earlier(CommandContext context, List<String> files) throws CommandException {
        List<Framework> earlier = new ArrayList<>();
        for (String file : files) {
            try {
                earlier.add(Inputs.framework(context, file));
            } catch (CommandException e) {
                throw new CommandException("--earlier " + file + ": " + e.getMessage(), ExitCode.FAILURE, e);
            }
        }
        return earlier;
    }

    /** The break's sentence; with earlier frameworks it names the framework on either side. */
    private static String describe(FrameworkBreak change, FrameworkChain chain, Map<String, Framework> byPeriod) {
        if (!chain.hasEarlier()) {
            return change.describe(chain.current().getId());
        }
        return "framework break before " + change.period() + ": " + scoredWith(change.period(), byPeriod) + " (up to "
            + change.previous() + ": " + byPeriod.get(change.previous()).getId() + "); compare ranks, not scores";
    }

    /** E.g. {@code 2017-18 to 2022-23 scored with ascof-2019-20}: the run of periods from {@code first} on. */
    private static String scoredWith(String first, Map<String, Framework> byPeriod) {
        Framework framework = byPeriod.get(first);
        String last = first;
        boolean in = false;
        for (Map.Entry<String, Framework> entry : byPeriod.entrySet()) {
            in |= entry.getKey().equals(first);
            if (in && entry.getValue() != framework) {
                break;
            }
            if (in) {
                last = entry.getKey();
            }
        }
        return (last.equals(first) ? first : first + " to " + last) + " scored with " + framework.getId();
    }

    /** A note per period whose data name ids the framework scoring it does not know (a change of framework). */
    private static void reportOtherIds(CommandContext context, Map<String, Framework> byPeriod, DataSet data) {
        Map<String, Set<String>> other = new TreeMap<>();
        Map<Framework, Set<String>> known = new HashMap<>();
        for (Observation o : data.getObservations()) {
            Framework framework = byPeriod.get(String.valueOf(o.getPeriod()));
            if (framework != null && !known.computeIfAbsent(framework, Trends::knownIds).contains(o.getNodeId())) {
                other.computeIfAbsent(o.getPeriod(), k -> new TreeSet<>()).add(o.getNodeId());
            }
        }
        for (Map.Entry<String, Set<String>> entry : other.entrySet()) {
            context.err().println("note: period " + entry.getKey() + " has " + entry.getValue().size()
                + " id(s) that are not indicators of " + byPeriod.get(entry.getKey()).getId() + " (e.g. "
                + entry.getValue().iterator().next() + "): scored on the framework's own indicators only");
        }
    }
}
