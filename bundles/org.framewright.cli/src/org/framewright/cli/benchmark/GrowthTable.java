package org.framewright.cli.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The benchmark's summary: per operation the median wall-clock time (the thread's CPU time, the garbage collector's
 * time) at each size and the growth exponent of the CPU time between sizes, log(t2 / t1) / log(n2 / n1) for n copies
 * (1 = linear, 2 = quadratic), between neighbouring sizes and from 10 copies to the largest. CPU time, because
 * wall-clock time on a machine shared with other builds grows with their load, not only with the model.
 */
public final class GrowthTable {

    private GrowthTable() {
    }

    /** The exponent k with t2 / t1 = (n2 / n1)^k. */
    public static double exponent(double n1, double t1, double n2, double t2) {
        return Math.log(t2 / t1) / Math.log(n2 / n1);
    }

    /** Prints {@code measurements} as a Markdown table. */
    public static void print(List<Measurement> measurements, PrintStream out) {
        TreeSet<Integer> sizes = new TreeSet<>();
        Map<String, Map<Integer, Measurement>> byOperation = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            sizes.add(m.copies());
            byOperation.computeIfAbsent(m.operation(), o -> new LinkedHashMap<>()).put(m.copies(), m);
        }
        List<int[]> pairs = new ArrayList<>();
        Integer previous = null;
        for (int size : sizes) {
            if (previous != null) {
                pairs.add(new int[] {previous, size});
            }
            previous = size;
        }
        if (sizes.contains(10) && sizes.last() > 10 && sizes.higher(10) != sizes.last().intValue()) {
            pairs.add(new int[] {10, sizes.last()});
        }
        StringBuilder header = new StringBuilder("| operation |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (int size : sizes) {
            header.append(' ').append(size).append(size == 1 ? " copy ms (CPU, GC) |" : " copies ms (CPU, GC) |");
            rule.append(" ---: |");
        }
        for (int[] pair : pairs) {
            header.append(" k CPU ").append(pair[0]).append("->").append(pair[1]).append(" |");
            rule.append(" ---: |");
        }
        out.println(header);
        out.println(rule);
        byOperation.forEach((operation, times) -> {
            StringBuilder row = new StringBuilder("| ").append(operation).append(" |");
            for (int size : sizes) {
                Measurement t = times.get(size);
                row.append(t == null ? " |"
                    : String.format(Locale.ROOT, " %.1f (%.1f, %.1f) |", t.medianMillis(), t.cpuMedianMillis(),
                        t.gcMedianMillis()));
            }
            for (int[] pair : pairs) {
                Measurement t1 = times.get(pair[0]);
                Measurement t2 = times.get(pair[1]);
                row.append(t1 == null || t2 == null ? " |" : String.format(Locale.ROOT, " %.2f |",
                    exponent(pair[0], t1.cpuMedianMillis(), pair[1], t2.cpuMedianMillis())));
            }
            out.println(row);
        });
    }
}
