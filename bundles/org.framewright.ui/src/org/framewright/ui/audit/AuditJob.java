package org.framewright.ui.audit;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.audit.AuditReport;
import org.framewright.audit.StatisticalAudit;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataFileException;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.scoring.ScoringException;
import org.framewright.ui.markers.ErrorRefusal;

/**
 * Reads a council data file and audits the framework's first scheme on it, in the background (leave-one-out scores
 * the data once per indicator and area: seconds on the 153 councils of ASCOF). Works on a copy of the framework.
 */
public final class AuditJob extends Job {

    /** What an audit gave: a report, or the import's errors, or a message for the status line. */
    public record Outcome(AuditReport report, DataImport dataImport, String error) {
    }

    private final Framework framework;
    private final Path data;
    private final String period;
    private final Consumer<Outcome> done;
    private final String refusal;

    /** Audits {@code framework}'s first scheme on {@code data} in {@code period} (null: the data's only period). */
    public AuditJob(Framework framework, Path data, String period, Consumer<Outcome> done) {
        super("Auditing " + framework.getId() + " on " + data.getFileName());
        this.refusal = ErrorRefusal.refusal(framework, "audited");
        this.framework = EcoreUtil.copy(framework);
        this.data = data;
        this.period = period;
        this.done = done;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        if (refusal != null) {
            done.accept(new Outcome(null, null, refusal));
        } else if (framework.getSchemes().isEmpty()) {
            done.accept(new Outcome(null, null, "The framework " + framework.getId() + " has no scoring scheme."));
        } else {
            try {
                DataImport imported = CouncilDataReader.read(data, new ImportOptions(framework, period));
                if (imported.hasErrors()) {
                    done.accept(new Outcome(null, imported, imported.errors().size() + " error(s) in "
                        + data.getFileName() + ", the first: " + imported.errors().get(0)));
                } else {
                    AuditReport report = StatisticalAudit.run(framework, framework.getSchemes().get(0),
                        imported.dataSet(), period);
                    done.accept(report.indicators().isEmpty() ? new Outcome(null, imported, "No indicator of "
                        + framework.getId() + " has a value in " + data.getFileName() + "; nothing to audit.")
                        : new Outcome(report, imported, null));
                }
            } catch (DataFileException | ScoringException e) {
                done.accept(new Outcome(null, null, e.getMessage()));
            }
        }
        return Status.OK_STATUS;
    }
}
