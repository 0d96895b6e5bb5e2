package org.framewright.compare;

import java.util.List;
import java.util.Objects;

import org.framewright.compare.internal.DiffSummary;

/**
 * The semantic difference of two frameworks: the element changes (by id), the indicator lineage (by declared
 * lineage and ids) and notes on the comparison itself (e.g. the new framework is based on another one).
 *
 * @param oldFramework id, name and version of the old framework, for headings
 * @param newFramework id, name and version of the new framework
 * @param elements every added, removed, changed or moved element: new framework order, removed ones last
 * @param lineage one row per new indicator (keep, revised, new, retired) then per dropped old indicator
 * @param notes remarks on the comparison, each one sentence
 */
public record FrameworkDiff(String oldFramework, String newFramework, List<ElementChange> elements,
        List<IndicatorLineage> lineage, List<String> notes) {

    /** Checks that no component is null and copies the lists. */
    public FrameworkDiff {
        Objects.requireNonNull(oldFramework, "oldFramework");
        Objects.requireNonNull(newFramework, "newFramework");
        elements = List.copyOf(elements);
        lineage = List.copyOf(lineage);
        notes = List.copyOf(notes);
    }

    /** True when no element was added, removed, changed or moved: the two frameworks say the same. */
    public boolean identical() {
        return elements.isEmpty();
    }

    /** The element changes of one kind, in order. */
    public List<ElementChange> elements(ChangeKind kind) {
        return elements.stream().filter(e -> e.kind() == kind).toList();
    }

    /** The lineage rows of one class, in order. */
    public List<IndicatorLineage> lineage(LineageClass lineageClass) {
        return lineage.stream().filter(l -> l.lineage() == lineageClass).toList();
    }

    /** The lineage counts, e.g. {@code 4 keep, 6 revised, 45 new, 8 retired, 19 dropped}. */
    public String lineageSummary() {
        return DiffSummary.lineage(this);
    }

    /** The element change counts, e.g. {@code 81 added, 33 removed, 3 changed, 8 moved}, or {@code identical}. */
    public String elementSummary() {
        return DiffSummary.elements(this);
    }

    /** What changed, as a person says it: {@code +3 indicators, 2 weights changed}, or {@code no model change}. */
    public String briefSummary() {
        return DiffSummary.brief(this);
    }
}
