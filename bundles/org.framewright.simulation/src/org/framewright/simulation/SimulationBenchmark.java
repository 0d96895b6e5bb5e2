package org.framewright.simulation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.model.resource.AtomicFile;
import org.framewright.model.resource.AtomicFiles;
import org.framewright.simulation.internal.CompositeKernel;
import org.framewright.simulation.internal.CompositeModel;
import org.framewright.simulation.internal.DrawModel;
import org.framewright.simulation.internal.EngineDrawModel;
import org.framewright.simulation.internal.MonteCarloRun;
import org.framewright.simulation.internal.Preparation;
import org.framewright.simulation.internal.RankCounts;
import org.framewright.simulation.internal.RatingKernel;

/**
 * Measures the fast path: draws per second for given draw counts, on the real councils and on a synthetic set
 * made by replicating them with seeded jitter, and the memory the counts take. Not a test (timings vary by
 * machine); run by {@code framewright benchmark-simulation} and {@code releng/benchmarks/simulate.sh}.
 */
public final class SimulationBenchmark {

    /** One measurement: {@code draws} draws over {@code councils} councils took {@code seconds}. */
    public record Measurement(int councils, long draws, int threads, double seconds, long countBytes,
            long heapBytes, long checksum) {

        /** Draws per second. */
        public double drawsPerSecond() {
            return draws / seconds;
        }
    }

    /** The C reference loop cannot compute the draws asked for (the message says why); nothing was written. */
    public static final class ExportRefusedException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        ExportRefusedException(String message) {
            super(message);
        }
    }

    private final CompositeModel real;

    /** True when the scheme takes the composite fast path (measured on real and replicated councils). */
    public static boolean takesComposite(Framework framework, ScoringScheme scheme, DataSet data, String period,
            Uncertainty uncertainty) {
        return new Preparation(framework, scheme, data, period, uncertainty).composite() != null;
    }

    /**
     * Draws per second of one path on the real councils, for any scheme: the fast path the scheme takes (composite
     * or rating kernel) or, with {@code general}, the general path (every draw re-scored by the engine; the
     * "before" of a scheme the kernel now takes). Both count the same ranks and levels (same checksum).
     *
     * @throws IllegalArgumentException when the fast path is asked for and the scheme takes neither kernel
     */
    public static List<Measurement> ofPath(Framework framework, ScoringScheme scheme, DataSet data, String period,
            Uncertainty uncertainty, boolean general, List<Long> drawCounts, long seed, int threads,
            Consumer<Measurement> report) {
        try {
            return ofPath(framework, scheme, data, period, uncertainty, general, drawCounts, seed, threads, null,
                report);
        } catch (IOException e) {
            throw new IllegalStateException("nothing is written without an export folder", e);
        }
    }

    /**
     * Like {@link #ofPath(Framework, ScoringScheme, DataSet, String, Uncertainty, boolean, List, long, int,
     * Consumer)}; when {@code exportFolder} is given and the scheme takes the rating kernel, first writes the
     * kernel's compiled model and random streams there for the C reference loop
     * ({@code releng/benchmarks/simulate_rating_loop.c}) as {@code rating-<councils>.txt}.
     *
     * @throws IllegalArgumentException when the fast path is asked for and the scheme takes neither kernel, or
     *             when the C loop cannot compute the rating kernel's draws ({@link ExportRefusedException}, the
     *             reason says why)
     */
    public static List<Measurement> ofPath(Framework framework, ScoringScheme scheme, DataSet data, String period,
            Uncertainty uncertainty, boolean general, List<Long> drawCounts, long seed, int threads, Path exportFolder,
            Consumer<Measurement> report) throws IOException {
        Preparation preparation = new Preparation(framework, scheme, data, period, uncertainty);
        if (exportFolder != null) {
            exportRating(preparation, uncertainty, seed, exportFolder);
        }
        DrawModel model;
        if (general) {
            model = new EngineDrawModel(preparation.baseline(), data, period, preparation.inputs(),
                uncertainty.perturbation(), uncertainty.amount());
        } else if (preparation.composite() != null) {
            model = new CompositeKernel(preparation.composite(), uncertainty.perturbation(), uncertainty.amount());
        } else {
            model = preparation.ratingDraws(uncertainty.perturbation(), uncertainty.amount());
        }
        if (model == null) {
            throw new IllegalArgumentException("the scheme takes the general path: " + preparation.reason());
        }
        MonteCarloRun.run(model, Math.min(general ? 50 : 20_000, drawCounts.get(0)), seed, threads,
            SimulationMonitor.NONE);
        List<Measurement> measurements = new ArrayList<>();
        for (long draws : drawCounts) {
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            long before = runtime.totalMemory() - runtime.freeMemory();
            long started = System.nanoTime();
            RankCounts counts = MonteCarloRun.run(model, draws, seed, threads, SimulationMonitor.NONE);
            double seconds = (System.nanoTime() - started) / 1e9;
            long heap = runtime.totalMemory() - runtime.freeMemory();
            long countBytes = (long) (threads + 1) * model.councils() * (model.councils() + 1) * Integer.BYTES;
            Measurement measurement = new Measurement(model.councils(), draws, threads, seconds, countBytes,
                Math.max(heap, before), counts.checksum());
            measurements.add(measurement);
            report.accept(measurement);
        }
        return measurements;
    }

    private static void exportRating(Preparation preparation, Uncertainty uncertainty, long seed, Path folder)
            throws IOException {
        DrawModel model = preparation.ratingDraws(uncertainty.perturbation(), uncertainty.amount());
        if (!(model instanceof RatingKernel kernel)) {
            return;
        }
        String refusal = kernel.refusalForC();
        if (refusal != null) {
            throw new ExportRefusedException("cannot export the rating model for the C loop: " + refusal);
        }
        Files.createDirectories(folder);
        try (AtomicFile file = AtomicFiles.open(folder.resolve("rating-" + model.councils() + ".txt"))) {
            PrintStream out = new PrintStream(file.stream(), false, StandardCharsets.UTF_8);
            kernel.writeForC(seed, out);
            out.flush();
            file.commit();
        }
    }

    /** Prepares {@code scheme} on {@code data}; the uncertainty must allow the fast path. */
    public SimulationBenchmark(Framework framework, ScoringScheme scheme, DataSet data, String period,
            Uncertainty uncertainty) {
        Preparation preparation = new Preparation(framework, scheme, data, period, uncertainty);
        if (preparation.composite() == null) {
            throw new IllegalArgumentException("the benchmark needs the fast path; " + preparation.reason());
        }
        real = preparation.composite();
    }

    /**
     * Runs every draw count on the real councils, and every large-set draw count on the councils replicated
     * {@code factor} times (jitter {@code jitter} score points, seeded), telling {@code report} after each; when
     * {@code exportFolder} is given, writes each model there for the C reference loop as {@code councils-<n>.txt}.
     */
    public List<Measurement> run(List<Long> drawCounts, List<Long> largeDrawCounts, int factor, double jitter,
            long seed, int threads, Uncertainty uncertainty, Path exportFolder, Consumer<Measurement> report)
            throws IOException {
        List<Measurement> measurements = new ArrayList<>();
        for (CompositeModel model : List.of(real, real.replicate(factor, jitter, seed))) {
            List<Long> counts = model == real ? drawCounts : largeDrawCounts;
            if (exportFolder != null) {
                Files.createDirectories(exportFolder);
                try (AtomicFile file = AtomicFiles.open(exportFolder.resolve("councils-" + model.councils() + ".txt"))) {
                    PrintStream out = new PrintStream(file.stream());
                    model.writeForC(out);
                    out.flush();
                    file.commit();
                }
            }
            CompositeKernel kernel = new CompositeKernel(model, uncertainty.perturbation(), uncertainty.amount());
            MonteCarloRun.run(kernel, Math.min(20_000, counts.get(0)), seed, threads, SimulationMonitor.NONE);
            for (long draws : counts) {
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                long before = runtime.totalMemory() - runtime.freeMemory();
                long started = System.nanoTime();
                RankCounts rankCounts = MonteCarloRun.run(kernel, draws, seed, threads, SimulationMonitor.NONE);
                double seconds = (System.nanoTime() - started) / 1e9;
                long heap = runtime.totalMemory() - runtime.freeMemory();
                long countBytes = (long) (threads + 1) * model.councils() * (model.councils() + 1) * Integer.BYTES;
                Measurement measurement = new Measurement(model.councils(), draws, threads, seconds, countBytes,
                    Math.max(heap, before), rankCounts.checksum());
                measurements.add(measurement);
                report.accept(measurement);
            }
        }
        return measurements;
    }
}
