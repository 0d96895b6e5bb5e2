package org.framewright.ui.results;

import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.swt.widgets.Combo;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataFileException;
import org.framewright.io.ImportOptions;
import org.framewright.model.Observation;

/**
 * Lists the periods of the chosen council data file in a view's Period combo, the latest selected, so a person never
 * has to know or type them (and never scores every period of a long trend file at once). The file is read in the
 * background; a choice that changed meanwhile wins.
 */
public final class DataPeriods {

    private final Combo period;
    private IFile wanted;

    private DataPeriods(Combo period) {
        this.period = period;
    }

    /** Fills {@code period} with the periods of the file chosen in {@code dataFiles}, now and on every new choice. */
    public static void follow(ComboViewer dataFiles, Combo period) {
        DataPeriods periods = new DataPeriods(period);
        dataFiles.addSelectionChangedListener(
            event -> periods.offer((IFile) dataFiles.getStructuredSelection().getFirstElement()));
    }

    private void offer(IFile data) {
        if (data == null || data.equals(wanted) || data.getLocation() == null) {
            return;
        }
        wanted = data;
        period.removeAll();
        period.setText("");
        Job job = Job.create("Reading the periods of " + data.getName(), (IProgressMonitor monitor) -> {
            TreeSet<String> periods = new TreeSet<>();
            try {
                for (Observation observation : CouncilDataReader.read(data.getLocation().toFile().toPath(),
                        ImportOptions.none()).dataSet().getObservations()) {
                    if (observation.getPeriod() != null && !observation.getPeriod().isBlank()) {
                        periods.add(observation.getPeriod());
                    }
                }
            } catch (DataFileException e) {
                // the view reports the file's problems when it scores; no periods to offer
            }
            if (!period.isDisposed()) {
                period.getDisplay().asyncExec(() -> show(data, periods));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(IFile data, TreeSet<String> periods) {
        if (period.isDisposed() || !data.equals(wanted)) {
            return;
        }
        period.setItems(periods.toArray(String[]::new));
        if (!periods.isEmpty()) {
            period.select(periods.size() - 1);
        }
    }
}
