package org.framewright.diagram.server.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Times of named stages over several runs: wall clock, CPU time of the calling thread (the CPU time is what the
 * stage costs even when other processes load the machine) and the bytes the thread allocated in the stage (the
 * garbage a render leaves for the collector); reports the median of each.
 */
final class StageTimer {

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private final Map<String, List<Long>> micros = new LinkedHashMap<>();
    private final Map<String, List<Long>> cpuMicros = new LinkedHashMap<>();
    private final Map<String, List<Long>> allocated = new LinkedHashMap<>();
    private boolean recording;

    /** Whether the following runs count (false during warm-up). */
    void record(boolean record) {
        recording = record;
    }

    /** Runs {@code stage}, timing it under {@code name}; returns its result. */
    <T> T time(String name, Supplier<T> stage) {
        long bytesStart = allocatedBytes();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        T result = stage.get();
        long bytes = allocatedBytes() - bytesStart;
        if (recording) {
            allocated.computeIfAbsent(name, key -> new ArrayList<>()).add(bytes);
            micros.computeIfAbsent(name, key -> new ArrayList<>()).add((System.nanoTime() - start) / 1_000);
            cpuMicros.computeIfAbsent(name, key -> new ArrayList<>())
                    .add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000);
        }
        return result;
    }

    /** "stage median-wall ms (cpu median-cpu ms, median-allocated MB)" for each stage, in the order they first ran. */
    String medians() {
        StringBuilder text = new StringBuilder();
        micros.forEach((name, values) -> text.append(String.format(java.util.Locale.ROOT,
                "%s %.1f ms (cpu %.1f ms, %.2f MB allocated); ", name, median(values), median(cpuMicros.get(name)),
                median(allocated.get(name)) / 1000.0)));
        return text.toString().trim();
    }

    /**
     * The bytes the calling thread has allocated so far, from the JVM's Threading MXBean (the attribute of HotSpot's
     * {@code com.sun.management.ThreadMXBean}, read through JMX so that the test bundle needs no JDK-internal import;
     * the platform MBean server reads it on the calling thread). -1 where the JVM does not count them.
     */
    private static long allocatedBytes() {
        try {
            return (Long) java.lang.management.ManagementFactory.getPlatformMBeanServer().getAttribute(
                    new javax.management.ObjectName("java.lang:type=Threading"), "CurrentThreadAllocatedBytes");
        } catch (javax.management.JMException | RuntimeException e) {
            return -1;
        }
    }

    private static double median(List<Long> micros) {
        return micros.stream().sorted().toList().get(micros.size() / 2) / 1000.0;
    }
}
