package org.framewright.compare.internal;

import java.util.Locale;
import java.util.StringJoiner;

import org.framewright.compare.ChangeKind;
import org.framewright.compare.FrameworkDiff;
import org.framewright.compare.LineageClass;

/** The one-line counts of a {@link FrameworkDiff}, shared by every writer. */
public final class DiffSummary {

    private DiffSummary() {
    }

    /** E.g. {@code 4 keep, 6 revised, 45 new, 8 retired, 19 dropped}. */
    public static String lineage(FrameworkDiff diff) {
        StringJoiner joiner = new StringJoiner(", ");
        for (LineageClass lineageClass : LineageClass.values()) {
            joiner.add(diff.lineage(lineageClass).size() + " " + lineageClass.name().toLowerCase(Locale.ROOT));
        }
        return joiner.toString();
    }

    /** E.g. {@code 70 added, 44 removed, 8 changed, 8 moved}, or {@code identical}. */
    public static String elements(FrameworkDiff diff) {
        if (diff.identical()) {
            return "identical";
        }
        StringJoiner joiner = new StringJoiner(", ");
        for (ChangeKind kind : ChangeKind.values()) {
            joiner.add(diff.elements(kind).size() + " " + kind.name().toLowerCase(Locale.ROOT));
        }
        return joiner.toString();
    }
}
