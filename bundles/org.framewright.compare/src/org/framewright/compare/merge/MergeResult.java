package org.framewright.compare.merge;

import java.util.List;

import org.framewright.model.Framework;

/**
 * The outcome of {@link FrameworkMerge#merge}: the merged framework (in a resource set of its own, not yet saved) and
 * the conflicts, in the order they were found. Where there is a conflict the merged framework holds OURS' value.
 *
 * @param merged the merged framework
 * @param conflicts the conflicts; empty for a clean merge
 */
public record MergeResult(Framework merged, List<MergeConflict> conflicts) {

    /** Copies the list. */
    public MergeResult {
        conflicts = List.copyOf(conflicts);
    }

    /** True when both sides' changes were combined without any conflict. */
    public boolean clean() {
        return conflicts.isEmpty();
    }
}
