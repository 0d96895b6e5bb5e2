package org.framewright.ui.results;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataFileException;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.ScoringScheme;
import org.framewright.model.query.PeriodCalendar;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.ModelLoadException;
import org.framewright.scoring.ScoringException;
import org.framewright.scoring.series.FrameworkBreak;
import org.framewright.scoring.series.FrameworkChain;
import org.framewright.scoring.series.TrendRow;
import org.framewright.scoring.series.Trends;

/**
 * Scores every period of a council data file under a scheme ({@link Trends}, as {@code framewright trend} does) in
 * the background, for the Scoring view's trend chart, and finds the changes of framework within the data. Works on
 * a copy of the framework taken when the job is created. When the framework is {@code basedOn} an earlier one, that
 * one (and what it is based on, {@link FrameworkChain#basedOn}) is read afresh from its file and scores the periods
 * whose data hold more of its indicators, as {@code framewright trend --earlier} does; the data file is read afresh
 * on every run.
 */
final class TrendJob extends Job {

    /** What the run gave: the rows and breaks, or a message saying why there is no trend. */
    record Outcome(List<TrendRow> rows, List<FrameworkBreak> breaks, String error) {
    }

    private final Framework framework;
    private final Path basedOn;
    private final String schemeId;
    private final Path data;
    private final Path groups;
    private final Consumer<Outcome> done;

    /** Scores every period of {@code data} under {@code schemeId}, with the comparator groups of {@code groups}. */
    TrendJob(Framework framework, String schemeId, Path data, Path groups, Consumer<Outcome> done) {
        super("Scoring every period of " + data.getFileName() + " for the trend");
        this.framework = EcoreUtil.copy(framework);
        this.basedOn = basedOnFile(framework);
        this.schemeId = schemeId;
        this.data = data;
        this.groups = groups;
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
            String groupsProblem = GroupChoice.addTo(groups, imported.dataSet());
            if (groupsProblem != null) {
                done.accept(new Outcome(List.of(), List.of(), "No trend: " + groupsProblem));
                return Status.OK_STATUS;
            }
            ScoringScheme scheme = framework.getSchemes().stream().filter(s -> s.getId().equals(schemeId)).findFirst()
                .orElseThrow(() -> new ScoringException("no scheme '" + schemeId + "' in " + framework.getId()));
            FrameworkChain chain = chain();
            done.accept(new Outcome(Trends.build(chain, scheme, imported.dataSet()),
                Trends.breaks(chain, imported.dataSet()), null));
        } catch (ModelLoadException e) {
            done.accept(new Outcome(List.of(), List.of(), "No trend: the framework it is based on cannot be read: "
                + String.join("; ", e.problems())));
        } catch (DataFileException | ScoringException e) {
            done.accept(new Outcome(List.of(), List.of(), "No trend: " + e.getMessage()));
        }
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    /** The framework and the ones it is based on, each earlier one read from its file now. */
    private FrameworkChain chain() throws ModelLoadException {
        if (basedOn == null) {
            return FrameworkChain.of(framework);
        }
        Framework earlier = FrameworkFiles.loadFramework(basedOn);
        List<Framework> earlierOnes = FrameworkChain.basedOn(earlier).frameworks().stream()
            .filter(f -> !f.getId().equals(framework.getId())) // a chain leading back to this framework stops there
            .toList();
        return new FrameworkChain(framework, earlierOnes);
    }

    /**
     * The local file of the framework that {@code framework} is {@code basedOn} (not loaded here), or null when it
     * names none or it is not a local file.
     */
    static Path basedOnFile(Framework framework) {
        Object value = framework.eGet(FrameworkPackage.Literals.FRAMEWORK__BASED_ON, false);
        if (!(value instanceof EObject base)) {
            return null;
        }
        URI uri = base.eIsProxy() ? ((InternalEObject) base).eProxyURI()
            : base.eResource() == null ? null : base.eResource().getURI();
        if (uri == null) {
            return null;
        }
        uri = uri.trimFragment();
        if (uri.isRelative() && framework.eResource() != null) {
            uri = uri.resolve(framework.eResource().getURI());
        }
        if (uri.isPlatformResource()) {
            IFile file = ResourcesPlugin.getWorkspace().getRoot()
                .getFile(new org.eclipse.core.runtime.Path(uri.toPlatformString(true)));
            return file.getLocation() == null ? null : file.getLocation().toFile().toPath();
        }
        return uri.isFile() ? Path.of(uri.toFileString()) : null;
    }
}
