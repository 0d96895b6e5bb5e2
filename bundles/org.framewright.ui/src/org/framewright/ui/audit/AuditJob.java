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
import org.framewright.audit.WeightReport;
import org.framewright.audit.WeightScenarios;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataFileException;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.ScoringException;
import org.framewright.ui.markers.ErrorRefusal;
import org.framewright.ui.results.GroupChoice;

/**
 * Reads a council data file and audits the framework's first scheme on it, and works out the weights of its inputs
 * (current, effective, PCA, optimised), in the background (leave-one-out scores the data once per indicator and area:
 * seconds on the 153 councils of ASCOF). Works on a copy of the framework.
 */
public final class AuditJob extends Job {

    /**
     * What an audit gave: a report and the weights of the scheme's inputs, or the import's errors, or a message for
     * the status line.
     *
     * @param report the statistical audit, or null
     * @param dataImport the data read, or null
     * @param error the message for the status line, or null
     * @param weights the current, effective, PCA and optimised weights, or null
     * @param scheme the scheme audited (in the job's copy of the framework), or null
     */
    public record Outcome(AuditReport report, DataImport dataImport, String error, WeightReport weights,
            ScoringScheme scheme) {

        /** An outcome without weights. */
        public Outcome(AuditReport report, DataImport dataImport, String error) {
            this(report, dataImport, error, null, null);
        }
    }

    private final Framework framework;
    private final Path data;
    private final String period;
    private final Path groups;
    private final Consumer<Outcome> done;
    private final String refusal;

    /** Audits {@code framework}'s first scheme on {@code data} in {@code period} (null: the data's only period). */
    public AuditJob(Framework framework, Path data, String period, Consumer<Outcome> done) {
        this(framework, data, period, null, done);
    }

    /** As above, with the comparator groups of {@code groups} (null: none), as {@code audit --groups} reads them. */
    public AuditJob(Framework framework, Path data, String period, Path groups, Consumer<Outcome> done) {
        super("Auditing " + framework.getId() + " on " + data.getFileName());
        this.refusal = ErrorRefusal.refusal(framework, "audited");
        this.framework = EcoreUtil.copy(framework);
        this.data = data;
        this.period = period;
        this.groups = groups;
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
                ScoringScheme scheme = framework.getSchemes().get(0);
                DataImport imported = CouncilDataReader.read(data, ImportOptions.forScoring(framework, scheme, period));
                if (imported.hasErrors()) {
                    done.accept(new Outcome(null, imported, imported.errors().size() + " error(s) in "
                        + data.getFileName() + ", the first: " + imported.errors().get(0)));
                } else if (GroupChoice.addTo(groups, imported.dataSet()) instanceof String problem) {
                    done.accept(new Outcome(null, imported, problem));
                } else {
                    AuditReport report = StatisticalAudit.run(framework, scheme, imported.dataSet(), period);
                    done.accept(report.indicators().isEmpty() ? new Outcome(null, imported, "No indicator of "
                        + framework.getId() + " has a value in " + data.getFileName() + "; nothing to audit.")
                        : new Outcome(report, imported, null,
                            WeightScenarios.analyse(framework, scheme, imported.dataSet(), period), scheme));
                }
            } catch (DataFileException | ScoringException e) {
                done.accept(new Outcome(null, null, e.getMessage()));
            }
        }
        return Status.OK_STATUS;
    }
}
