package org.framewright.simulation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.framewright.simulation.SimulationCancelledException;
import org.framewright.simulation.SimulationMonitor;

/**
 * Runs {@code total} independent work items on {@code threads} threads in chunks claimed from a shared counter.
 * Results must not depend on which thread ran which item (each item's randomness comes from its index), so any
 * thread count gives the same answer. The calling thread works too and is the only one that talks to the monitor.
 */
public final class ParallelLoop {

    private static final long CHUNK = 1024;

    private ParallelLoop() {
    }

    /** One thread's share of the work: runs items {@code [from, to)}. */
    public interface Task {
        void run(long from, long to);
    }

    /**
     * Runs all items; returns the tasks (one per thread, in thread order) so their per-thread results can be
     * combined. Throws {@link SimulationCancelledException} when the monitor cancels.
     */
    public static <T extends Task> List<T> run(long total, int threads, SimulationMonitor monitor,
            Supplier<T> newTask) {
        int count = (int) Math.max(1, Math.min(threads, (total + CHUNK - 1) / CHUNK));
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        List<T> tasks = new ArrayList<>();
        List<Thread> helpers = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        for (int i = 0; i < count; i++) {
            T task = newTask.get();
            tasks.add(task);
            if (i > 0) {
                Thread thread = new Thread(() -> work(task, total, next, done, stop), "framewright-simulation-" + i);
                thread.setDaemon(true);
                thread.setUncaughtExceptionHandler((t, e) -> {
                    synchronized (failure) {
                        failure[0] = e;
                    }
                    stop.set(true);
                });
                helpers.add(thread);
                thread.start();
            }
        }
        T own = tasks.get(0);
        long claimed;
        while (!stop.get() && (claimed = next.getAndAdd(CHUNK)) < total) {
            long to = Math.min(total, claimed + CHUNK);
            own.run(claimed, to);
            long finished = done.addAndGet(to - claimed);
            monitor.progress((int) Math.min(Integer.MAX_VALUE, finished), (int) Math.min(Integer.MAX_VALUE, total));
            if (monitor.isCancelled()) {
                stop.set(true);
            }
        }
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                stop.set(true);
                Thread.currentThread().interrupt();
                throw new SimulationCancelledException(done.get(), total);
            }
        }
        synchronized (failure) {
            if (failure[0] instanceof RuntimeException runtime) {
                throw runtime;
            } else if (failure[0] != null) {
                throw new IllegalStateException(failure[0]);
            }
        }
        if (done.get() < total) {
            throw new SimulationCancelledException(done.get(), total);
        }
        monitor.progress((int) Math.min(Integer.MAX_VALUE, total), (int) Math.min(Integer.MAX_VALUE, total));
        return tasks;
    }

    private static void work(Task task, long total, AtomicLong next, AtomicLong done, AtomicBoolean stop) {
        long claimed;
        while (!stop.get() && (claimed = next.getAndAdd(CHUNK)) < total) {
            long to = Math.min(total, claimed + CHUNK);
            task.run(claimed, to);
            done.addAndGet(to - claimed);
        }
    }
}
