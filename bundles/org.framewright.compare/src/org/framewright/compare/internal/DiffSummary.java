package org.framewright.compare.internal;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.framewright.compare.ChangeCategory;
import org.framewright.compare.ElementChange;
import org.framewright.compare.FeatureChange;

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

    /**
     * What a revision did, as a person says it: {@code +3 indicators, -1 area, 2 weights changed, 1 moved,
     * 4 other changes}, or {@code no model change}.
     */
    public static String brief(FrameworkDiff diff) {
        if (diff.identical()) {
            return "no model change";
        }
        StringJoiner joiner = new StringJoiner(", ");
        countByType(diff, ChangeKind.ADDED).forEach((type, n) -> joiner.add("+" + n + " " + plural(type, n)));
        countByType(diff, ChangeKind.REMOVED).forEach((type, n) -> joiner.add("-" + n + " " + plural(type, n)));
        Map<ChangeCategory, Integer> changes = new EnumMap<>(ChangeCategory.class);
        for (ElementChange change : diff.elements()) {
            for (FeatureChange featureChange : change.changes()) {
                changes.merge(featureChange.category(), 1, Integer::sum);
            }
        }
        addCount(joiner, changes.getOrDefault(ChangeCategory.WEIGHT, 0), "weight", " changed");
        addCount(joiner, changes.getOrDefault(ChangeCategory.BAND, 0), "band", " changed");
        addCount(joiner, changes.getOrDefault(ChangeCategory.MATRIX, 0), "matrix cell", " changed");
        addCount(joiner, changes.getOrDefault(ChangeCategory.PROVENANCE, 0), "provenance field", " changed");
        int moved = diff.elements(ChangeKind.MOVED).size();
        if (moved > 0) {
            joiner.add(moved + " moved");
        }
        addCount(joiner, changes.getOrDefault(ChangeCategory.ATTRIBUTE, 0)
            + changes.getOrDefault(ChangeCategory.REFERENCE, 0), "other change", "");
        return joiner.toString();
    }

    private static Map<String, Integer> countByType(FrameworkDiff diff, ChangeKind kind) {
        Map<String, Integer> counts = new TreeMap<>();
        diff.elements(kind).forEach(change -> counts.merge(change.type(), 1, Integer::sum));
        return counts;
    }

    private static void addCount(StringJoiner joiner, int n, String noun, String suffix) {
        if (n > 0) {
            joiner.add(n + " " + noun + (n == 1 ? "" : "s") + suffix);
        }
    }

    /** {@code AggregationRule, 2 -> aggregation rules}. */
    private static String plural(String type, int n) {
        String words = type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return n == 1 ? words : words + "s";
    }
}
