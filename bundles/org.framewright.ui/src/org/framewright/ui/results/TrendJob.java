package org.framewright.ui.results;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataFileException;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.model.query.PeriodCalendar;
import org.framewright.scoring.ScoringException;
import org.framewright.scoring.series.FrameworkBreak;
import org.framewright.scoring.series.TrendRow;
import org.framewright.scoring.series.Trends;

/**
 * Scores every period of a council data file under a scheme ({@link Trends}, as {@code framewright trend} does) in
 * the background, for the Scoring view's trend chart, and finds the changes of framework within the data. Works on
 * a copy of the framework taken when the job is created.
 */
final class TrendJob extends Job {

    /** What the run gave: the rows and breaks, or a message saying why there is no trend. */
    record Outcome(List<TrendRow> rows, List<FrameworkBreak> breaks, String error) {
    }

    private final Framework framework;
    private final String schemeId;
    private final Path data;
    private final Consumer<Outcome> done;

    TrendJob(Framework framework, String schemeId, Path data, Consumer<Outcome> done) {
        super("Scoring every period of " + data.getFileName() + " for the trend");
        this.framework = EcoreUtil.copy(framework);
        this.schemeId = schemeId;
        this.data = data;
        this.done = done;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            // a file over several years holds several frameworks' ids: no id checks, as framewright trend
            DataImport imported = CouncilDataReader.read(data,
                ImportOptions.none().withFrequency(PeriodCalendar.declaredBy(framework)));
            if (imported.hasErrors()) {
                done.accept(new Outcome(List.of(), List.of(), "No trend: " + imported.errors().get(0)));
                return Status.OK_STATUS;
            }
            ScoringScheme scheme = framework.getSchemes().stream().filter(s -> s.getId().equals(schemeId)).findFirst()
                .orElseThrow(() -> new ScoringException("no scheme '" + schemeId + "' in " + framework.getId()));
            done.accept(new Outcome(Trends.build(framework, scheme, imported.dataSet()),
                Trends.breaks(framework, imported.dataSet()), null));
        } catch (DataFileException | ScoringException e) {
            done.accept(new Outcome(List.of(), List.of(), "No trend: " + e.getMessage()));
        }
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }
}
