package org.framewright.cli.commands;

import java.io.PrintStream;
import java.util.function.LongSupplier;

import org.framewright.simulation.SimulationMonitor;

/**
 * Progress of a long simulation on stderr: nothing for the first few seconds (short runs stay quiet), then one line
 * every few seconds with the share done and an estimate of the time left. Never cancels: Ctrl+C ends the process,
 * and files being written are removed (see {@code AtomicFile}).
 */
public final class ProgressOnStderr implements SimulationMonitor {

    /** Seconds between progress lines (and before the first). */
    public static final long INTERVAL_SECONDS = 3;

    private static final long INTERVAL_NANOS = INTERVAL_SECONDS * 1_000_000_000L;

    private final PrintStream err;
    private final String what;
    private final LongSupplier clock;
    private final long started;
    private long nextLine;

    /**
     * @param what what is counted, e.g. {@code "simulate: draws"}: the line reads {@code simulate: 42% of 1000000
     *        draws, about 1 min 5 s left}
     * @param clock nanoseconds, as {@link System#nanoTime()}
     */
    public ProgressOnStderr(PrintStream err, String what, LongSupplier clock) {
        this.err = err;
        this.what = what;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.nextLine = started + INTERVAL_NANOS;
    }

    /** Progress of {@code what} on {@code err}, timed by the system clock. */
    public static ProgressOnStderr of(PrintStream err, String what) {
        return new ProgressOnStderr(err, what, System::nanoTime);
    }

    @Override
    public synchronized void progress(int done, int total) {
        long now = clock.getAsLong();
        if (now < nextLine || done <= 0 || done >= total) {
            return;
        }
        nextLine = now + INTERVAL_NANOS;
        double share = (double) done / total;
        long left = Math.round((now - started) / 1e9 * (1 - share) / share);
        int colon = what.indexOf(": ");
        err.println(what.substring(0, colon + 2) + (int) (share * 100) + "% of " + total + " "
            + what.substring(colon + 2) + ", about " + duration(left) + " left");
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    /** 5 s, 1 min 5 s, 2 h 3 min. */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }
}
