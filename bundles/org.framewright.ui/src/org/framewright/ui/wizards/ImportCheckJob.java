package org.framewright.ui.wizards;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;

/** Reads a council data file with {@link CouncilDataReader} in the background, checked against a framework if given. */
public final class ImportCheckJob extends Job {

    /** What reading gave: the import (errors, warnings), or the message of an unreadable file or framework. */
    public record Outcome(Path file, DataImport dataImport, String error) {
    }

    private final Path file;
    private final Path framework;
    private final String period;
    private final Consumer<Outcome> done;

    /** Reads {@code file}; {@code framework} and {@code period} may be null. */
    public ImportCheckJob(Path file, Path framework, String period, Consumer<Outcome> done) {
        super("Reading " + file.getFileName());
        this.file = file;
        this.framework = framework;
        this.period = period;
        this.done = done;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 2);
        try {
            Framework model = framework == null ? null : FrameworkFiles.loadFramework(framework);
            progress.worked(1);
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            DataImport read = CouncilDataReader.read(file, new ImportOptions(model, period));
            // the reader cannot be interrupted: a check cancelled meanwhile (the user chose another file) reports nothing
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            done.accept(new Outcome(file, read, null));
        } catch (java.io.IOException e) {
            done.accept(new Outcome(file, null, e.getMessage()));
        }
        return Status.OK_STATUS;
    }
}
