package org.framewright.ui.results;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

/**
 * Tells whoever waits for a job's outcome that it was cancelled: a job cancelled before it started (Progress view,
 * status line) never runs its own code, so only a listener on its end can say so.
 */
public final class Cancellation {

    private Cancellation() {
    }

    /** Runs {@code then} (on the job's thread) when {@code job} ends cancelled. */
    public static void whenCancelled(Job job, Runnable then) {
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().getSeverity() == IStatus.CANCEL) {
                    then.run();
                }
            }
        });
    }
}
