package org.framewright.ui.results;

import java.nio.file.Path;
import java.util.function.Consumer;

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
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringException;
import org.framewright.scoring.ScoringMonitor;
import org.framewright.scoring.ScoringResult;
import org.framewright.ui.markers.ErrorRefusal;

/**
 * Reads a council data file and scores it under a scheme, in the background and cancellable. Works on a copy of
 * the framework taken when the job is created, so editing may go on meanwhile. A user job: the status line and
 * the Progress view show it and can cancel it; a cancelled run reports an outcome with the message
 * {@value #CANCELLED} and no result.
 */
public final class ScoringJob extends Job {

    /** What a scoring run gave: a result, or the import's problems, or a message. */
    public record Outcome(ScoringResult result, DataImport dataImport, String error) {
    }

    /** The message of the outcome of a cancelled run. */
    public static final String CANCELLED = "Scoring cancelled.";

    private final Framework framework;
    private final String schemeId;
    private final Path data;
    private final String period;
    private final Path groups;
    private final Consumer<Outcome> done;
    private final String refusal;

    /** Scores {@code data} ({@code period} may be null: the data's only period) under the scheme {@code schemeId}. */
    public ScoringJob(Framework framework, String schemeId, Path data, String period, Consumer<Outcome> done) {
        this(framework, schemeId, data, period, null, done);
    }

    /**
     * Scores {@code data} as above with the comparator groups of {@code groups} (Oflog's {@code NN.json} or a CSV
     * {@code group,council}; null: none), as {@code ./framewright score --groups} does: comparator position and the
     * comparator imputations read them.
     */
    public ScoringJob(Framework framework, String schemeId, Path data, String period, Path groups,
            Consumer<Outcome> done) {
        super("Scoring " + data.getFileName() + " under " + schemeId);
        this.groups = groups;
        this.refusal = ErrorRefusal.refusal(framework, "scored");
        this.framework = EcoreUtil.copy(framework);
        this.schemeId = schemeId;
        this.data = data;
        this.period = period;
        this.done = done;
        setUser(true);
        // a run cancelled before or while it ran (Progress view, status line) still tells whoever waits for it
        Cancellation.whenCancelled(this, () -> done.accept(new Outcome(null, null, CANCELLED)));
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        if (refusal != null) {
            done.accept(new Outcome(null, null, refusal));
            return Status.OK_STATUS;
        }
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
        try {
            ScoringScheme scheme = framework.getSchemes().stream().filter(s -> s.getId().equals(schemeId)).findFirst()
                .orElseThrow(() -> new ScoringException("no scheme '" + schemeId + "' in " + framework.getId()));
            // read as ./framewright score reads it: with the other periods when a time-series imputation needs them
            DataImport imported = CouncilDataReader.read(data, ImportOptions.forScoring(framework, scheme, period));
            progress.worked(2);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            if (imported.hasErrors()) {
                done.accept(new Outcome(null, imported, null));
                return Status.OK_STATUS;
            }
            String groupsProblem = GroupChoice.addTo(groups, imported.dataSet());
            if (groupsProblem != null) {
                done.accept(new Outcome(null, null, groupsProblem));
                return Status.OK_STATUS;
            }
            ScoringResult result = ScoringEngine.score(framework, scheme, imported.dataSet(), period,
                monitorFor(progress.split(8)));
            done.accept(new Outcome(result, imported, null));
            return Status.OK_STATUS;
        } catch (DataFileException e) {
            done.accept(new Outcome(null, null, e.getMessage()));
            return Status.OK_STATUS;
        } catch (ScoringException e) {
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            done.accept(new Outcome(null, null, e.getMessage()));
            return Status.OK_STATUS;
        }
    }

    private static ScoringMonitor monitorFor(SubMonitor progress) {
        return new ScoringMonitor() {
            @Override
            public void begin(int nodes) {
                progress.setWorkRemaining(nodes);
            }

            @Override
            public void nodeDone(String nodeId) {
                progress.subTask(nodeId);
                progress.worked(1);
            }

            @Override
            public boolean isCanceled() {
                return progress.isCanceled();
            }
        };
    }
}
