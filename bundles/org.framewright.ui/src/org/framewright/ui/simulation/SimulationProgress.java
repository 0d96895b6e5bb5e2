package org.framewright.ui.simulation;

import java.util.function.IntConsumer;

import org.eclipse.core.runtime.SubMonitor;
import org.framewright.simulation.SimulationMonitor;

/**
 * A simulation's progress (draws or model evaluations) as {@link #TICKS} ticks of a job's {@link SubMonitor}, the
 * units done as its sub-task; cancelling the job cancels the simulation. Used by the Simulation view's job and by Write
 * Report's.
 */
public final class SimulationProgress implements SimulationMonitor {

    /** The ticks a whole simulation is worth. */
    public static final int TICKS = 1000;

    private final SubMonitor progress;
    private final IntConsumer ticksDone;
    private int ticks;

    /**
     * @param progress the job's share of work for this simulation
     * @param ticksDone told the ticks done (0 to {@link #TICKS}) whenever they grow, e.g. for a percentage shown
     */
    public SimulationProgress(SubMonitor progress, IntConsumer ticksDone) {
        this.progress = progress;
        this.ticksDone = ticksDone;
        progress.setWorkRemaining(TICKS);
    }

    @Override
    public void progress(int done, int total) {
        int now = total == 0 ? TICKS : (int) ((long) TICKS * done / total);
        if (now > ticks) {
            progress.worked(now - ticks);
            progress.subTask(done + " of " + total);
            ticks = now;
            ticksDone.accept(now);
        }
    }

    @Override
    public boolean isCancelled() {
        return progress.isCanceled();
    }
}
