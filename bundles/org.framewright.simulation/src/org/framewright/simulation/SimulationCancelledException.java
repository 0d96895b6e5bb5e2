package org.framewright.simulation;

/** The simulation stopped because its {@link SimulationMonitor} was cancelled; no partial result is returned. */
public final class SimulationCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A cancellation after {@code done} of {@code total} work units. */
    public SimulationCancelledException(long done, long total) {
        super("The simulation was cancelled after " + done + " of " + total + " draws");
    }
}
