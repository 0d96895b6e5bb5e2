package org.framewright.ui.commands;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.compare.report.FrameworkReport;
import org.framewright.compare.report.ReportRun;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataFileException;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.ScoringException;
import org.framewright.simulation.SimulationCancelledException;
import org.framewright.ui.markers.ErrorRefusal;
import org.framewright.ui.results.Cancellation;
import org.framewright.ui.results.GroupChoice;
import org.framewright.ui.simulation.SimulationProgress;

/**
 * Writes the report Write Report's dialog asked for, in the background: reads the data, scores, simulates and
 * computes the sensitivity as {@code framewright report} does ({@link ReportRun}), then writes the HTML into the
 * workspace. A user job: the Progress view shows the draws and model evaluations and can cancel them; a cancelled or
 * failed run writes nothing and says why.
 */
final class ReportJob extends Job {

    /**
     * How the run ended: {@code problem} is null when {@code report} was written.
     *
     * @param report the file written (or not)
     * @param problem why nothing was written, or null
     */
    record Outcome(IFile report, String problem) {
    }

    /** The problem of a cancelled run. */
    static final String CANCELLED = "Cancelled: nothing was written.";

    private static final int TICKS = 1000;

    private final Framework framework;
    private final ReportDialog.Choice choice;
    private final Path modelFile;
    private final IFile report;
    private final Consumer<Outcome> done;
    private final String refusal;
    private final AtomicBoolean delivered = new AtomicBoolean();

    /** Reports on a copy of {@code framework} (editing may go on), from {@code modelFile}, into {@code report}. */
    ReportJob(Framework framework, ReportDialog.Choice choice, Path modelFile, IFile report, Consumer<Outcome> done) {
        super("Writing " + report.getName());
        this.refusal = ErrorRefusal.refusal(framework, "reported on");
        this.framework = EcoreUtil.copy(framework);
        this.choice = choice;
        this.modelFile = modelFile;
        this.report = report;
        this.done = done;
        setUser(true);
        // a run cancelled before it started (Progress view, status line) still tells whoever waits for it
        Cancellation.whenCancelled(this, () -> deliver(new Outcome(report, CANCELLED)));
    }

    /** Passes the first outcome on (a cancelled run may report from {@link #run} and from the job's end). */
    private void deliver(Outcome outcome) {
        if (delivered.compareAndSet(false, true)) {
            done.accept(outcome);
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        if (refusal != null) {
            deliver(new Outcome(report, refusal));
            return Status.OK_STATUS;
        }
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 4 * TICKS);
        Path dataFile = choice.data().getLocation().toFile().toPath();
        try {
            ScoringScheme scheme = framework.getSchemes().stream()
                .filter(s -> s.getId().equals(choice.scheme().getId())).findFirst().orElseThrow();
            progress.subTask("Reading " + choice.data().getName());
            DataImport imported = CouncilDataReader.read(dataFile,
                ImportOptions.forScoring(framework, scheme, choice.period()));
            progress.worked(TICKS / 2);
            if (imported.hasErrors()) {
                return fail(choice.data().getName() + ": " + imported.errors().size() + " data errors; first: "
                    + imported.errors().get(0));
            }
            // the groups as report --groups gives them: before the councils are checked and the scheme scored
            String badGroups = GroupChoice.addTo(choice.groups(), imported.dataSet());
            if (badGroups != null) {
                return fail(badGroups);
            }
            String unknown = ReportRun.unknownCouncil(imported.dataSet(), choice.period(), choice.councils());
            if (unknown != null) {
                Set<String> known = ReportRun.councilIds(imported.dataSet(), choice.period());
                return fail("Councils: no council with the id " + unknown + " in " + choice.data().getName() + " (it has "
                    + known.size() + " councils, e.g. " + String.join(", ", known.stream().limit(3).toList()) + ")");
            }
            progress.subTask(choice.draws() > 0 ? "Simulating " + choice.draws() + " draws" : "Scoring");
            var input = ReportRun.compute(new ReportRun.Request(framework, scheme, imported.dataSet(), choice.period(),
                choice.draws(), choice.perturbation(), choice.councils(), modelFile, Set.of()), ReportRun.Progress.of(
                    new SimulationProgress(progress.split(2 * TICKS), ticks -> { }),
                    new SimulationProgress(progress.split(TICKS), ticks -> { })));
            progress.subTask("Writing " + report.getName());
            write(FrameworkReport.html(input).getBytes(StandardCharsets.UTF_8), progress.split(TICKS / 2));
            deliver(new Outcome(report, null));
            return Status.OK_STATUS;
        } catch (SimulationCancelledException | OperationCanceledException e) {
            deliver(new Outcome(report, CANCELLED));
            return Status.CANCEL_STATUS;
        } catch (DataFileException | ScoringException | IllegalArgumentException | CoreException e) {
            return fail(e.getMessage());
        }
    }

    private IStatus fail(String problem) {
        deliver(new Outcome(report, problem));
        return Status.OK_STATUS;
    }

    private void write(byte[] html, IProgressMonitor monitor) throws CoreException {
        IFolder folder = (IFolder) report.getParent();
        if (!folder.exists()) {
            folder.create(IResource.NONE, true, monitor);
        }
        if (report.exists()) {
            report.setContents(new ByteArrayInputStream(html), IResource.KEEP_HISTORY, monitor);
        } else {
            report.create(new ByteArrayInputStream(html), IResource.NONE, monitor);
        }
    }
}
