package org.framewright.compare;

import java.util.List;
import java.util.Objects;

/**
 * One row of the indicator lineage: a new indicator and the old ones it comes from, or an old indicator that
 * was retired or dropped.
 *
 * @param lineage the classification
 * @param newId the new indicator's id; {@code ""} for a dropped indicator
 * @param oldIds the old indicators it continues (keep, revised) or ends (retired, dropped); empty for new ones
 * @param name the indicator's name (the new one where there is one)
 * @param oldAreas the areas holding the old indicators, in the old framework
 * @param newAreas the areas holding the new indicator (empty for retired and dropped ones)
 * @param declared true when the new framework states the lineage ({@code lineage}, {@code predecessorIds});
 *        false when it is inferred from ids (same id in both: keep; neither id nor predecessor: new)
 * @param note why the row is classified so, when that is not obvious (unresolved predecessors, say)
 */
public record IndicatorLineage(LineageClass lineage, String newId, List<String> oldIds, String name,
        List<String> oldAreas, List<String> newAreas, boolean declared, String note) {

    /** Checks that no component is null and copies the lists. */
    public IndicatorLineage {
        Objects.requireNonNull(lineage, "lineage");
        Objects.requireNonNull(newId, "newId");
        oldIds = List.copyOf(oldIds);
        Objects.requireNonNull(name, "name");
        oldAreas = List.copyOf(oldAreas);
        newAreas = List.copyOf(newAreas);
        Objects.requireNonNull(note, "note");
    }

    /** The id this row is known by: the new id, or for retired and dropped rows the old one. */
    public String id() {
        return newId.isEmpty() ? String.join(" ", oldIds) : newId;
    }
}
