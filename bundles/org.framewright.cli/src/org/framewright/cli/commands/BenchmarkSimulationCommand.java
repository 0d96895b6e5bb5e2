package org.framewright.cli.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.framewright.cli.Arguments;
import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.ExitCode;
import org.framewright.cli.Option;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.ModelLoadException;
import org.framewright.scoring.ScoringException;
import org.framewright.simulation.SimulationBenchmark;
import org.framewright.simulation.Uncertainty;
import org.framewright.simulation.WeightPerturbation;

/**
 * {@code framewright benchmark-simulation MODEL --data FILE [--period P] [--scheme ID] [--draws N,N,...]
 * [--factor F] [--threads T] [--perturb-rules RULE,...] [--export-for-c DIR] [--groups FILE]}: draws per second
 * of the simulation's fast path on the real councils and on F times as many synthetic ones (the real ones replicated
 * with seeded jitter of 2 score points), or of the rating kernel on the real councils. A benchmark, not a test; see
 * {@code releng/benchmarks/simulate.sh} and {@code releng/benchmarks/rating_c_compare.sh}.
 */
public final class BenchmarkSimulationCommand implements Command {

    private static final String DRAWS = "10000,100000,1000000";

    // --period is optional: data with one period needs none (the usage said "--period P", which nothing enforced)
    private static final CommandLine LINE = new CommandLine("MODEL",
        Option.value("data", "FILE", "the councils' data").required(),
        Option.value("period", "P", "the period scored (required when the data has several)"),
        Option.value("scheme", "ID", "the scoring scheme (default the model's first)"),
        Option.value("draws", "N,N,...", "draw counts measured on the real councils (default " + DRAWS + ")"),
        Option.value("large-draws", "N,N,...", "draw counts measured on the replicated councils (default --draws)"),
        Option.value("factor", "F", "replicate the councils F times (default 10)"),
        Option.value("threads", "T", "threads drawing (default 2)"),
        Option.value("perturb-rules", "RULE,...", "the aggregation rules perturbed (default agg-overall)"),
        Option.value("export-for-c", "DIR", "also write the fast path's inputs to DIR (councils-N.txt for the"
            + " composite, rating-N.txt for the rating kernel)"),
        Option.value("path", "fast|general", "the path measured (default fast); a scheme with levels is measured on"
            + " the real councils only"),
        RuleUncertaintyOptions.PERTURB_THRESHOLDS, RuleUncertaintyOptions.THRESHOLD_RULES,
        RuleUncertaintyOptions.MISSING_POLICIES, ComparatorGroups.OPTION);

    @Override
    public String name() {
        return "benchmark-simulation";
    }

    @Override
    public String summary() {
        return "Draws per second of the Monte Carlo fast path (real and replicated councils)";
    }

    @Override
    public CommandLine commandLine() {
        return LINE;
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Arguments options = LINE.parse(name(), args);
        List<String> positional = options.positionals();
        if (positional.size() != 1 || !options.has("data")) {
            throw new CommandException("benchmark-simulation: usage: benchmark-simulation " + usage());
        }
        Framework framework;
        Path modelFile = context.resolve(positional.get(0));
        try {
            framework = FrameworkFiles.loadFramework(modelFile);
        } catch (ModelLoadException e) {
            throw new CommandException("benchmark-simulation: cannot read " + modelFile + ": " + e.getMessage());
        }
        ModelFiles.checkScorable(context, positional.get(0), framework);
        String period = options.option("period");
        String schemeId = options.option("scheme");
        var scheme = framework.getSchemes().stream().filter(s -> schemeId == null || schemeId.equals(s.getId()))
            .findFirst().orElseThrow(() -> new CommandException("benchmark-simulation: no scheme " + schemeId));
        // read as simulate reads it: data errors exit 1 (listed at file:line:column), an unreadable file exit 2
        DataSet data = ScoringInputs.data(context, options.option("data"), framework, scheme, period);
        ComparatorGroups.addGiven(context, options.option("groups", null), data);
        String rules = options.option("perturb-rules", "agg-overall");
        Uncertainty uncertainty = RuleUncertaintyOptions.apply(name(), options, new Uncertainty(
            WeightPerturbation.UNIFORM_FACTOR, 0.25, List.of(rules.split(",")), Map.of(), List.of()));
        RuleUncertaintyOptions.check(name(), scheme, uncertainty);
        List<Long> draws = counts(options.option("draws", DRAWS));
        List<Long> largeDraws = counts(options.option("large-draws", options.option("draws", DRAWS)));
        int threads = Integer.parseInt(options.option("threads", "2"));
        int factor = Integer.parseInt(options.option("factor", "10"));
        String export = options.option("export-for-c");
        String path = options.option("path", "fast");
        if (!path.equals("fast") && !path.equals("general")) {
            throw new CommandException("benchmark-simulation: --path must be fast or general, not '" + path + "'");
        }
        Consumer<SimulationBenchmark.Measurement> row = csvRows(context);
        try {
            if (path.equals("fast") && SimulationBenchmark.takesComposite(framework, scheme, data, period,
                    uncertainty)) {
                new SimulationBenchmark(framework, scheme, data, period, uncertainty).run(draws, largeDraws,
                    factor, 2.0, 1, threads, uncertainty, export == null ? null : context.resolve(export), row);
            } else {
                SimulationBenchmark.ofPath(framework, scheme, data, period, uncertainty,
                    path.equals("general"), draws, 1, threads, export == null ? null : context.resolve(export), row);
            }
        } catch (SimulationBenchmark.ExportRefusedException e) {
            // what the user asked of this scheme cannot be exported: a negative result, like a refused option value
            throw new CommandException("benchmark-simulation: --export-for-c: " + e.getMessage(), ExitCode.FAILURE,
                null);
        } catch (ScoringException e) {
            // data the scheme cannot be scored on (a treatment without its groups, ...): exit 1, as simulate
            throw Inputs.refusal("benchmark-simulation: ", e);
        } catch (IllegalArgumentException e) {
            throw new CommandException("benchmark-simulation: " + e.getMessage());
        }
        return ExitCode.OK;
    }

    /**
     * Prints each measurement as a CSV row, the header before the first: a run refused before it measured anything
     * prints nothing on stdout.
     */
    private static Consumer<SimulationBenchmark.Measurement> csvRows(CommandContext context) {
        AtomicBoolean headed = new AtomicBoolean();
        return m -> {
            if (headed.compareAndSet(false, true)) {
                context.out().println("councils,draws,threads,seconds,draws_per_second,count_mb,heap_mb,checksum");
            }
            context.out().printf(Locale.ROOT, "%d,%d,%d,%.3f,%.0f,%.1f,%.1f,%d%n", m.councils(), m.draws(),
                m.threads(), m.seconds(), m.drawsPerSecond(), m.countBytes() / 1e6, m.heapBytes() / 1e6,
                m.checksum());
        };
    }

    private static List<Long> counts(String list) throws CommandException {
        List<Long> counts = new ArrayList<>();
        for (String n : list.split(",")) {
            try {
                counts.add(Long.parseLong(n.trim()));
            } catch (NumberFormatException e) {
                throw new CommandException("benchmark-simulation: not a number of draws: '" + n + "'");
            }
        }
        return counts;
    }
}
