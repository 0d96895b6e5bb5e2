package org.framewright.cli.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.framewright.compare.FrameworkComparison;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.ModelLoadException;
import org.framewright.scoring.ScoringEngine;
import org.framewright.validation.FrameworkValidation;
import org.framewright.validation.IncrementalValidation;

/**
 * Generates replicated frameworks of a source ({@link ReplicatedFramework}, scored with {@link BenchmarkScoring}
 * when the source has no scheme) into a folder and times, in-process after warm-up, what the command line does with
 * them: {@code load} (a fresh resource set), {@code validate} (a freshly loaded model: the first validation of a
 * model is what a user waits for), {@code load+validate}, {@code diff} (two separately loaded copies of the file),
 * {@code format} (canonical save to memory), {@code score} (data import and scoring) and {@code edit+revalidate}
 * (one logic element renamed, then {@link IncrementalValidation#update} with the edit's notifications, as the
 * editor validates while the user types).
 */
public final class ModelBenchmark {

    /** The operations timed, in the order they are reported. */
    public static final java.util.List<String> OPERATIONS = java.util.List.of("load", "validate", "load+validate",
        "diff", "format", "score", "edit+revalidate");

    private static final int COUNCILS = 20;

    private final Framework source;
    private final Path folder;
    private final OperationTimer timer;

    /**
     * @param source the framework to replicate
     * @param folder where the generated models and data go ({@code replicated-<copies>.framework} and {@code .csv})
     * @param warmups unmeasured runs before measuring (more until {@code warmupMillis} have passed, fewer when they
     *        take over 5 s)
     * @param warmupMillis the least time each operation is warmed up for
     * @param runs measured runs (fewer when they take over 10 s)
     */
    public ModelBenchmark(Framework source, Path folder, int warmups, long warmupMillis, int runs) {
        this.source = source;
        this.folder = folder;
        this.timer = new OperationTimer(warmups, warmupMillis * 1_000_000L, Math.max(5_000, warmupMillis) * 1_000_000L,
            runs, 10_000_000_000L);
    }

    /** Writes the framework of {@code copies} copies and its data; returns the framework file. */
    public Path generate(int copies) throws IOException {
        Framework replicated = ReplicatedFramework.of(source, copies);
        if (replicated.getSchemes().isEmpty()) {
            BenchmarkScoring.addScheme(replicated);
        }
        Path model = modelFile(copies);
        FrameworkFiles.saveAs(replicated, model);
        BenchmarkScoring.writeData(replicated, COUNCILS, dataFile(copies));
        return model;
    }

    /** The generated framework file of {@code copies} copies. */
    public Path modelFile(int copies) {
        return folder.resolve("replicated-" + copies + ".framework");
    }

    /** The generated data file of {@code copies} copies. */
    public Path dataFile(int copies) {
        return folder.resolve("replicated-" + copies + ".csv");
    }

    /** Generates the framework of {@code copies} copies and passes one measurement per operation to {@code sink}. */
    public void measure(int copies, Consumer<Measurement> sink) throws Exception {
        Path model = generate(copies);
        Framework loaded = load(model);
        Framework other = load(model);
        int elements = ReplicatedFramework.identifiedElements(loaded);
        ScoringScheme scheme = loaded.getSchemes().get(0);
        OperationTimer.Setup<Framework> same = () -> loaded;
        OperationTimer.Setup<Framework> fresh = () -> load(model);
        for (String operation : OPERATIONS) {
            var times = switch (operation) {
                case "load" -> timer.time(same, f -> load(model));
                case "validate" -> timer.time(fresh, FrameworkValidation::validate);
                case "load+validate" -> timer.time(same, f -> FrameworkValidation.validate(load(model)));
                case "diff" -> timer.time(same, f -> FrameworkComparison.compare(f, other));
                case "format" -> timer.time(same, f -> f.eResource().save(new ByteArrayOutputStream(), null));
                case "score" -> timer.time(same, f -> score(f, scheme, copies));
                case "edit+revalidate" -> timer.time(same, new EditRevalidation(loaded)::renameAndRevalidate);
                default -> throw new IllegalStateException(operation);
            };
            sink.accept(Measurement.of(copies, elements, operation, times, loadAverage()));
        }
    }

    private void score(Framework framework, ScoringScheme scheme, int copies) throws Exception {
        DataImport data = CouncilDataReader.read(dataFile(copies),
            new ImportOptions(framework, BenchmarkScoring.PERIOD));
        ScoringEngine.score(framework, scheme, data.dataSet(), BenchmarkScoring.PERIOD);
    }

    private static Framework load(Path model) throws ModelLoadException {
        return FrameworkFiles.loadFramework(model);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
