package org.framewright.cli.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.framewright.cli.Arguments;
import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.ExitCode;
import org.framewright.cli.Option;
import org.framewright.io.ComparatorGroupImport;
import org.framewright.io.ComparatorGroupReader;
import org.framewright.io.DataFileException;
import org.framewright.io.DataImport;
import org.framewright.io.DataProblem;
import org.framewright.model.ComparatorGroup;
import org.framewright.model.ComparatorKind;
import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.Observation;
import org.framewright.model.query.PeriodCalendar;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.series.BenchmarkRow;
import org.framewright.scoring.series.Benchmarks;
import org.framewright.scoring.series.Scorecards;

/**
 * {@code framewright benchmark MODEL --data FILE --council CODE --groups FILE|--group region|NAME [--period P]
 * [--format table|csv|html]}: per indicator, the council's value against its comparator group (median, quartiles,
 * rank in the group, robust z-score). Groups come from Oflog's nearest-neighbour JSON, the ONS codes list with each
 * council's region, or a {@code group,council} CSV ({@link ComparatorGroupReader}); without {@code --group} the
 * council's own nearest-neighbour group is used. {@code --group region} is the regional group of the file that holds
 * the council or, when the file has no regions (or no file is given), the council's region in the data.
 */
public final class BenchmarkCommand implements Command {

    /** The CSV header of the contract. */
    public static final List<String> COLUMNS = List.of("council", "indicator", "value", "group_size", "group_median",
        "group_q1", "group_q3", "rank_in_group", "robust_z");

    private static final CommandLine LINE = new CommandLine("MODEL",
        Option.value("data", "FILE", "the councils' data (native CSV, NHS England ASCOF open-data CSV or XLSX)").required(),
        Option.value("council", "CODE", "the council benchmarked (ONS code)").required(),
        Option.value("groups", "FILE", "comparator groups: Oflog's NN.json or a CSV group,council"),
        Option.value("group", "region|NAME", "the group: region (the council's region in --groups, e.g. the ONS codes"
            + " list, else in the data) or the name of a group of --groups"),
        Option.value("period", "P", "the period compared (required when the data has several)"),
        Option.choice("format", List.of("table", "csv", "html"), "the output (default table)"),
        Option.value("out", "FILE", "write the output to FILE (atomically) instead of standard output"));

    @Override
    public String name() {
        return "benchmark";
    }

    @Override
    public String summary() {
        return "A council against its comparator group: median, quartiles, rank and robust z per indicator";
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
        String council = arguments.required("council");
        String groupsFile = arguments.option("groups");
        String groupName = arguments.option("group");
        if (groupsFile == null && groupName == null) {
            throw arguments.usage("give --groups FILE, --group region or both --groups FILE and --group NAME");
        }
        if (groupsFile == null && !"region".equals(groupName)) {
            throw arguments.usage("--group " + groupName + " names a group of a --groups FILE; give the file");
        }
        Framework framework = Inputs.framework(context, arguments.positionals().get(0));
        String period = arguments.option("period");
        // without a period, ids of other years' frameworks may fill the file: check ids only within one period
        DataImport data = SeriesInputs.data(context, arguments.required("data"), period == null ? null : framework,
            period, PeriodCalendar.declaredBy(framework));
        DataSet dataSet = data.dataSet();
        Set<String> periods = new TreeSet<>();
        for (Observation o : dataSet.getObservations()) {
            if (o.getPeriod() != null) {
                periods.add(o.getPeriod());
            }
        }
        if (period == null && periods.size() > 1) {
            throw arguments.usage("the data has several periods (" + String.join(", ", periods)
                + "); choose one with --period");
        }
        Set<String> councils = Scorecards.councils(dataSet);
        if (!councils.contains(council)) {
            throw new CommandException("--council: the data has no council " + council
                + (period == null ? "" : " in period " + period), ExitCode.FAILURE, null);
        }
        List<String> members = members(context, arguments, dataSet, council, groupsFile, groupName);
        List<BenchmarkRow> rows = Benchmarks.build(framework, dataSet, council, members, period);
        SeriesTable table = new SeriesTable(COLUMNS);
        for (BenchmarkRow row : rows) {
            table.row(row.council(), row.indicator().getId(), ScoreFormat.format(row.value()),
                Integer.toString(row.groupSize()), ScoreFormat.format(row.median()), ScoreFormat.format(row.q1()),
                ScoreFormat.format(row.q3()), row.rank() == null ? "" : row.rank().toString(),
                ScoreFormat.format(row.robustZ()));
        }
        Output.write(context, arguments.option("out"), table.render(format, "Benchmark: " + council + " ("
            + framework.getName() + (period == null ? "" : ", " + period) + ")", null));
        return ExitCode.OK;
    }

    private static List<String> members(CommandContext context, Arguments arguments, DataSet dataSet, String council,
            String groupsFile, String groupName) throws CommandException {
        if (groupsFile == null) {
            return region(dataSet, council);
        }
        ComparatorGroupImport groups;
        try {
            groups = ComparatorGroupReader.read(context.resolve(groupsFile));
        } catch (DataFileException e) {
            throw new CommandException(e.getMessage(), ExitCode.ERROR, e);
        }
        List<DataProblem> errors = new ArrayList<>(groups.errors());
        Set<String> known = Scorecards.councils(dataSet);
        for (ComparatorGroup group : groups.groups()) {
            if (group.getKind() == ComparatorKind.CLUB) {
                for (String member : group.getMembers()) {
                    if (!known.contains(member)) {
                        errors.add(new DataProblem(context.resolve(groupsFile), groups.line(group, member), 2, "council",
                            "column 'council': " + member + " in group '" + group.getName()
                                + "' is not a council of the data file " + arguments.option("data")));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            ProblemLines.print(context.err(), errors, DataProblem::kind);
            throw new CommandException(errors.size() + " error(s) in " + groupsFile + "; nothing written",
                ExitCode.FAILURE, null);
        }
        ComparatorGroup group;
        if ("region".equals(groupName)) {
            List<ComparatorGroup> regions = groups.groups().stream().filter(g -> g.getKind() == ComparatorKind.REGIONAL)
                .toList();
            if (regions.isEmpty()) {
                return region(dataSet, council);
            }
            group = regions.stream().filter(g -> g.getMembers().contains(council)).findFirst().orElseThrow(
                () -> new CommandException("--group region: " + groupsFile + " lists " + council
                    + " in none of its regions (" + names(regions) + ")", ExitCode.FAILURE, null));
        } else {
            group = groups.find(groupName == null ? council : groupName);
        }
        if (group == null) {
            throw new CommandException(groupsFile + (groupName == null ? " has no group for council " + council
                : " has no group '" + groupName + "'" + known(groups.groups())), ExitCode.FAILURE, null);
        }
        for (DataProblem warning : groups.warningsOf(group)) {
            context.err().println("warning: " + warning);
        }
        List<String> members = new ArrayList<>();
        for (String member : group.getMembers()) {
            if (known.contains(member)) {
                members.add(member);
            } else {
                context.err().println("warning: " + context.resolve(groupsFile) + ":" + groups.line(group, member)
                    + ": " + member + " of " + group.getName() + " has no data in " + arguments.option("data")
                    + "; it is left out of the group");
            }
        }
        return members;
    }

    /** The groups a --group NAME may name, for the message about a name that is not there. */
    private static String known(List<ComparatorGroup> groups) {
        List<ComparatorGroup> named = groups.stream().filter(g -> g.getKind() != ComparatorKind.SIMILAR_COUNCILS).toList();
        if (named.isEmpty()) {
            return groups.isEmpty() ? "" : "; its groups are named by their council's code, e.g. "
                + groups.get(0).getAnchor();
        }
        return "; its groups: " + names(named);
    }

    private static String names(List<ComparatorGroup> groups) {
        return String.join(", ", groups.stream().map(ComparatorGroup::getName).toList());
    }

    private static List<String> region(DataSet dataSet, String council) throws CommandException {
        String region = null;
        for (Council c : dataSet.getCouncils()) {
            if (c.getId().equals(council)) {
                region = c.getRegion();
            }
        }
        if (region == null || region.isBlank()) {
            throw new CommandException("--group region: the data gives no region for " + council
                + "; give the ONS codes list with each council's region (columns Council type, Council region, ONS"
                + " Area Code, as ascof/ons_codes.csv) with --groups FILE, or a CSV group,council with --groups FILE"
                + " --group NAME", ExitCode.FAILURE, null);
        }
        List<String> members = new ArrayList<>();
        for (Council c : dataSet.getCouncils()) {
            if (region.equals(c.getRegion())) {
                members.add(c.getId());
            }
        }
        return members;
    }
}
