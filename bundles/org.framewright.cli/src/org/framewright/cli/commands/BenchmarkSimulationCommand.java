package org.framewright.cli.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.ExitCode;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataFileException;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.ModelLoadException;
import org.framewright.simulation.SimulationBenchmark;
import org.framewright.simulation.Uncertainty;
import org.framewright.simulation.WeightPerturbation;

/**
 * {@code framewright benchmark-simulation MODEL --data FILE --period P [--scheme ID] [--draws N,N,...]
 * [--factor F] [--threads T] [--perturb-rules RULE,...] [--export-for-c DIR]}: draws per second of the simulation's
 * fast path on the real councils and on F times as many synthetic ones (the real ones replicated with seeded
 * jitter of 2 score points). A benchmark, not a test; see {@code releng/benchmarks/simulate.sh}.
 */
public final class BenchmarkSimulationCommand implements Command {

    @Override
    public String name() {
        return "benchmark-simulation";
    }

    @Override
    public String summary() {
        return "Draws per second of the Monte Carlo fast path (real and replicated councils)";
    }

    @Override
    public String usage() {
        return "MODEL --data FILE --period P [--scheme ID] [--draws N,N,...] [--large-draws N,N,...] [--factor F]"
            + " [--threads T]"
            + " [--perturb-rules RULE,...] [--export-for-c DIR]";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).startsWith("--")) {
                if (i + 1 >= args.size()) {
                    throw new CommandException("benchmark-simulation: " + args.get(i) + " needs a value");
                }
                options.put(args.get(i), args.get(++i));
            } else {
                positional.add(args.get(i));
            }
        }
        if (positional.size() != 1 || !options.containsKey("--data")) {
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
        String period = options.get("--period");
        DataImport data;
        try {
            data = CouncilDataReader.read(context.resolve(options.get("--data")), new ImportOptions(framework, period));
        } catch (DataFileException e) {
            throw new CommandException("benchmark-simulation: " + e.getMessage());
        }
        String schemeId = options.get("--scheme");
        var scheme = framework.getSchemes().stream().filter(s -> schemeId == null || schemeId.equals(s.getId()))
            .findFirst().orElseThrow(() -> new CommandException("benchmark-simulation: no scheme " + schemeId));
        String rules = options.getOrDefault("--perturb-rules", "agg-overall");
        Uncertainty uncertainty = new Uncertainty(WeightPerturbation.UNIFORM_FACTOR, 0.25, List.of(rules.split(",")),
            Map.of(), List.of());
        List<Long> draws = counts(options.getOrDefault("--draws", "10000,100000,1000000"));
        List<Long> largeDraws = counts(options.getOrDefault("--large-draws", options.getOrDefault("--draws",
            "10000,100000,1000000")));
        int threads = Integer.parseInt(options.getOrDefault("--threads", "2"));
        int factor = Integer.parseInt(options.getOrDefault("--factor", "10"));
        String export = options.get("--export-for-c");
        context.out().println("councils,draws,threads,seconds,draws_per_second,count_mb,heap_mb,checksum");
        new SimulationBenchmark(framework, scheme, data.dataSet(), period, uncertainty).run(draws, largeDraws, factor,
            2.0, 1, threads, uncertainty, export == null ? null : context.resolve(export), m -> context.out().printf(
                Locale.ROOT, "%d,%d,%d,%.3f,%.0f,%.1f,%.1f,%d%n", m.councils(), m.draws(), m.threads(), m.seconds(),
                m.drawsPerSecond(), m.countBytes() / 1e6, m.heapBytes() / 1e6, m.checksum()));
        return ExitCode.OK;
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
