package org.framewright.scoring.series;

import java.util.List;

/**
 * A change of framework within a trend: from {@code period} on the data hold a different set of ids unknown to the
 * framework scored than in the period before (the 2023 ASCOF, for instance, renamed and added measures). Scores
 * on either side are still the framework's own indicators, but they are not like for like; ranks are the safer
 * comparison across the break.
 *
 * @param period the first period after the break
 * @param previous the period before it
 * @param otherIds the ids of the data in {@code period} that are not the framework's (empty: the data come back to
 *        the framework's own ids)
 * @param previousOtherIds the same for {@code previous}
 */
public record FrameworkBreak(String period, String previous, List<String> otherIds, List<String> previousOtherIds) {

    /** Copies the lists. */
    public FrameworkBreak {
        otherIds = List.copyOf(otherIds);
        previousOtherIds = List.copyOf(previousOtherIds);
    }

    /**
     * One sentence for tables and charts, e.g. {@code framework break before 2023-24: its data hold 10 id(s) that
     * are not indicators of ascof-2019-20 (2D1, 2D2, 3C1, ...); 2022-23 held none}.
     */
    public String describe(String frameworkId) {
        return "framework break before " + period + ": its data hold " + ids(otherIds, frameworkId) + "; " + previous
            + " held " + (previousOtherIds.isEmpty() ? "none" : ids(previousOtherIds, frameworkId).replaceFirst(
                " that are not indicators of .*? \\(", " ("));
    }

    private static String ids(List<String> ids, String frameworkId) {
        if (ids.isEmpty()) {
            return "only indicators of " + frameworkId;
        }
        return ids.size() + " id(s) that are not indicators of " + frameworkId + " ("
            + String.join(", ", ids.subList(0, Math.min(3, ids.size()))) + (ids.size() > 3 ? ", ..." : "") + ")";
    }
}
