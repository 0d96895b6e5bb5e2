package org.framewright.simulation;

/**
 * Progress and cancellation for a long simulation, e.g. wrapped around an Eclipse {@code IProgressMonitor} by a
 * UI job. The simulation calls it only from the thread that started the simulation.
 */
public interface SimulationMonitor {

    /** A monitor that reports nowhere and never cancels. */
    SimulationMonitor NONE = new SimulationMonitor() {
        @Override
        public void progress(int done, int total) {
            // nothing to report to
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} work units (draws or model evaluations) are finished. */
    void progress(int done, int total);

    /** True when the user asked to stop; the simulation then ends with {@link SimulationCancelledException}. */
    boolean isCancelled();
}
