package org.framewright.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.framewright.cli.Arguments;
import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.ExitCode;
import org.framewright.cli.Option;
import org.framewright.cli.benchmark.GrowthTable;
import org.framewright.cli.benchmark.Measurement;
import org.framewright.cli.benchmark.ModelBenchmark;
import org.framewright.model.Framework;

/**
 * {@code framewright benchmark-model MODEL [--copies N,N,...] [--warmups W] [--warmup-ms T] [--runs R] [--out DIR]}:
 * in-process times of load, validate, diff, format, score and an edit with incremental validation on frameworks made
 * of N copies of MODEL (see {@link org.framewright.cli.benchmark.ReplicatedFramework}), as CSV, then a table with the
 * growth exponents. The generated models and data stay in DIR for whole-process timing. A benchmark, not a test; see
 * {@code releng/benchmarks/model-scale.sh}.
 */
public final class BenchmarkModelCommand implements Command {

    private static final CommandLine LINE = new CommandLine("MODEL",
        Option.value("copies", "N,N,...", "the numbers of copies of the model measured (default 1,5,10,20,50)"),
        Option.value("warmups", "W", "warm-up runs per operation (default 3)"),
        Option.value("warmup-ms", "T", "warm up for at least T milliseconds (default 2000)"),
        Option.value("runs", "R", "measured runs per operation (default 5)"),
        Option.value("out", "DIR", "keep the replicated models and data in DIR (default a temporary folder)"));

    @Override
    public String name() {
        return "benchmark-model";
    }

    @Override
    public String summary() {
        return "In-process times of load, validate, diff, format and score on replicated frameworks";
    }

    @Override
    public CommandLine commandLine() {
        return LINE;
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Arguments arguments = LINE.parse(name(), args);
        if (arguments.positionals().size() != 1) {
            throw arguments.usage("give exactly one MODEL file");
        }
        Framework source = Inputs.framework(context, arguments.positionals().get(0));
        List<Integer> copies = new ArrayList<>();
        for (String n : arguments.option("copies", "1,5,10,20,50").split(",")) {
            copies.add(positive(arguments, "copies", n.trim()));
        }
        int warmups = positive(arguments, "warmups", arguments.option("warmups", "3"));
        int warmupMillis = positive(arguments, "warmup-ms", arguments.option("warmup-ms", "2000"));
        int runs = positive(arguments, "runs", arguments.option("runs", "5"));
        Path folder = arguments.option("out") == null ? Files.createTempDirectory("framewright-benchmark")
            : Files.createDirectories(context.resolve(arguments.option("out")));
        ModelBenchmark benchmark = new ModelBenchmark(source, folder, warmups, warmupMillis, runs);
        List<Measurement> measurements = new ArrayList<>();
        context.out().println("copies,elements,operation,runs,median_ms,min_ms,cpu_median_ms,gc_median_ms,load_average");
        for (int n : copies) {
            benchmark.measure(n, m -> {
                measurements.add(m);
                context.out().printf(Locale.ROOT, "%d,%d,%s,%d,%.1f,%.1f,%.1f,%.1f,%.2f%n", m.copies(),
                    m.elements(), m.operation(), m.runs(), m.medianMillis(), m.minMillis(), m.cpuMedianMillis(),
                    m.gcMedianMillis(), m.loadAverage());
                context.out().flush();
            });
        }
        context.out().println();
        GrowthTable.print(measurements, context.out());
        context.err().println("benchmark-model: models and data in " + folder);
        return ExitCode.OK;
    }

    private static int positive(Arguments arguments, String option, String value) throws CommandException {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw arguments.usage("--" + option + " takes whole numbers from 1, not '" + value + "'");
    }
}
