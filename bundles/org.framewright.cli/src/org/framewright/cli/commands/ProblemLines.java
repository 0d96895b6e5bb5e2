package org.framewright.cli.commands;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.framewright.model.resource.DisplayText;

/**
 * Prints a list of problems so that any input gives bounded, safe output: at most {@link #SHOWN} lines, each on
 * one line with control characters escaped, then, when more were found, how many of each kind there were.
 */
final class ProblemLines {

    /** The most problems printed one by one. */
    static final int SHOWN = 100;

    private ProblemLines() {
    }

    /** Prints {@code problems} on {@code out}; {@code kindOf} names each problem's kind for the counts. */
    static <T> void print(PrintStream out, List<T> problems, Function<T, String> kindOf) {
        for (T problem : problems.subList(0, Math.min(SHOWN, problems.size()))) {
            out.println(DisplayText.oneLine(String.valueOf(problem)));
        }
        if (problems.size() <= SHOWN) {
            return;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (T problem : problems) {
            counts.merge(kindOf.apply(problem), 1, Integer::sum);
        }
        out.println("... " + (problems.size() - SHOWN) + " more not shown; " + problems.size() + " in all:");
        counts.forEach((kind, count) -> out.println("  " + count + " x " + DisplayText.quote(kind)));
    }
}
