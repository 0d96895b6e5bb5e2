package org.framewright.ui.simulation;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataFileException;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.ui.results.GroupChoice;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.ScoringException;
import org.framewright.simulation.MonteCarloResult;
import org.framewright.simulation.PerturbedInputs;
import org.framewright.simulation.SensitivityResult;
import org.framewright.simulation.SimulationCancelledException;
import org.framewright.simulation.SimulationMonitor;
import org.framewright.simulation.UncertainScheme;
import org.framewright.simulation.Uncertainty;
import org.framewright.simulation.WeightPerturbation;
import org.framewright.ui.markers.ErrorRefusal;

/**
 * Reads a council data file and runs a Monte Carlo simulation (and optionally a sensitivity analysis) of a scheme
 * in the background, cancellable from the view or the Progress view. Works on a copy of the framework.
 */
public final class SimulationJob extends Job {

    /**
     * What to simulate: the scheme, data, period (null: the only one), comparator groups file (null: none), draws,
     * seed, weight perturbation and the shift K of every band boundary and target RAG boundary (points; 0:
     * thresholds fixed).
     */
    public record Settings(String schemeId, Path data, String period, Path groups, long draws, long seed,
            WeightPerturbation perturbation, double amount, int sensitivityBaseSamples, double thresholdShift) {

        /** Settings with the thresholds fixed and no comparator groups. */
        public Settings(String schemeId, Path data, String period, long draws, long seed,
                WeightPerturbation perturbation, double amount, int sensitivityBaseSamples) {
            this(schemeId, data, period, null, draws, seed, perturbation, amount, sensitivityBaseSamples, 0);
        }

        /** What is uncertain: every weight group and, with a shift, every banding's boundaries. */
        Uncertainty uncertainty() {
            return Uncertainty.weights(perturbation, amount).withThresholds(thresholdShift, List.of());
        }
    }

    /**
     * What a run gave: results (sensitivity may be null) with what was perturbed in words
     * ({@link PerturbedInputs}), or a message (also when cancelled).
     */
    public record Outcome(MonteCarloResult result, SensitivityResult sensitivity, String error, boolean cancelled,
            List<String> perturbed) {

        /** An outcome without descriptions of the perturbed inputs. */
        public Outcome(MonteCarloResult result, SensitivityResult sensitivity, String error, boolean cancelled) {
            this(result, sensitivity, error, cancelled, List.of());
        }
    }

    private static final int TICKS = 1000;
    private static final int BOOTSTRAP_RESAMPLES = 200;
    private static final double CONFIDENCE = 0.95;

    private final Framework framework;
    private final Settings settings;
    private final IntConsumer percentDone;
    private final Consumer<Outcome> done;
    private final String refusal;

    /** Simulates {@code settings} on a copy of {@code framework}; reports progress in percent and the outcome. */
    public SimulationJob(Framework framework, Settings settings, IntConsumer percentDone, Consumer<Outcome> done) {
        super("Simulating " + settings.schemeId() + " on " + settings.data().getFileName());
        this.refusal = ErrorRefusal.refusal(framework, "simulated");
        this.framework = EcoreUtil.copy(framework);
        this.settings = settings;
        this.percentDone = percentDone;
        this.done = done;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        if (refusal != null) {
            done.accept(failure(refusal));
            return Status.OK_STATUS;
        }
        boolean sensitivity = settings.sensitivityBaseSamples() > 0;
        SubMonitor progress = SubMonitor.convert(monitor, getName(), sensitivity ? 3 * TICKS : 2 * TICKS);
        try {
            ScoringScheme scheme = framework.getSchemes().stream()
                .filter(s -> s.getId().equals(settings.schemeId())).findFirst()
                .orElseThrow(() -> new ScoringException("no scheme '" + settings.schemeId() + "' in " + framework.getId()));
            DataImport imported = CouncilDataReader.read(settings.data(),
                ImportOptions.forScoring(framework, scheme, settings.period()));
            if (imported.hasErrors()) {
                done.accept(failure(imported.errors().size() + " data errors; first: " + imported.errors().get(0)));
                return Status.OK_STATUS;
            }
            String groupsProblem = GroupChoice.addTo(settings.groups(), imported.dataSet());
            if (groupsProblem != null) {
                done.accept(failure(groupsProblem));
                return Status.OK_STATUS;
            }
            progress.subTask("Scoring the baseline");
            UncertainScheme prepared = UncertainScheme.prepare(framework, scheme, imported.dataSet(), settings.period(),
                settings.uncertainty());
            progress.worked(TICKS / 2);
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            MonteCarloResult result = prepared.monteCarlo(settings.draws(), settings.seed(), threads,
                adapt(progress.split(TICKS * 3 / 2), 0, sensitivity ? 50 : 100));
            SensitivityResult indices = sensitivity ? prepared.sensitivity(settings.sensitivityBaseSamples(),
                settings.seed(), threads, BOOTSTRAP_RESAMPLES, CONFIDENCE, adapt(progress.split(TICKS), 50, 50)) : null;
            percentDone.accept(100);
            done.accept(new Outcome(result, indices, null, false, PerturbedInputs.describe(result,
                prepared.baseline(), settings.uncertainty())));
            return Status.OK_STATUS;
        } catch (SimulationCancelledException e) {
            done.accept(new Outcome(null, null, "Cancelled: " + e.getMessage(), true));
            return Status.CANCEL_STATUS;
        } catch (DataFileException | ScoringException | IllegalArgumentException e) {
            done.accept(failure(e.getMessage()));
            return Status.OK_STATUS;
        }
    }

    private static Outcome failure(String message) {
        return new Outcome(null, null, message, false);
    }

    /** The simulation's progress in the job's {@code progress}; also reports {@code from + share x done} percent. */
    private SimulationMonitor adapt(SubMonitor progress, int from, int share) {
        int[] percent = {-1};
        return new SimulationProgress(progress, ticks -> {
            int p = from + share * ticks / SimulationProgress.TICKS;
            if (p != percent[0]) {
                percent[0] = p;
                percentDone.accept(p);
            }
        });
    }
}
