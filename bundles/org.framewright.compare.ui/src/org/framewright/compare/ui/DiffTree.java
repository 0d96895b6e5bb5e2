package org.framewright.compare.ui;

import java.util.ArrayList;
import java.util.List;

import org.framewright.compare.ChangeKind;
import org.framewright.compare.ElementChange;
import org.framewright.compare.FeatureChange;
import org.framewright.compare.FrameworkDiff;
import org.framewright.compare.IndicatorLineage;
import org.framewright.compare.LineageClass;

/**
 * The comparison as the view's tree: "Indicators" with one group per lineage class, "Elements" with one group per
 * change kind, each element with its feature changes. Every node carries the filter key that hides it (the
 * lineage class, change kind or change category name); roots have none.
 */
public final class DiffTree {

    /**
     * One tree node.
     *
     * @param label the first column
     * @param oldValue the old framework's side ("" when none)
     * @param newValue the new framework's side ("" when none)
     * @param filterKey the filter that hides the node, e.g. {@code NEW}, {@code MOVED}, {@code WEIGHT}; "" for none
     * @param children the child nodes
     */
    public record Node(String label, String oldValue, String newValue, String filterKey, List<Node> children) {

        /** Copies the children. */
        public Node {
            children = List.copyOf(children);
        }
    }

    private DiffTree() {
    }

    /** The two roots for {@code diff}. */
    public static List<Node> of(FrameworkDiff diff) {
        List<Node> lineageGroups = new ArrayList<>();
        for (LineageClass lineageClass : LineageClass.values()) {
            List<IndicatorLineage> rows = diff.lineage(lineageClass);
            if (!rows.isEmpty()) {
                lineageGroups.add(new Node(lineageClass + " (" + rows.size() + ")", "", "", lineageClass.name(),
                    rows.stream().map(row -> lineageRow(row, lineageClass)).toList()));
            }
        }
        List<Node> kindGroups = new ArrayList<>();
        for (ChangeKind kind : ChangeKind.values()) {
            List<ElementChange> changes = diff.elements(kind);
            if (!changes.isEmpty()) {
                kindGroups.add(new Node(kind + " (" + changes.size() + ")", "", "", kind.name(),
                    changes.stream().map(change -> elementRow(change, kind)).toList()));
            }
        }
        return List.of(new Node("Indicators: " + summary(diff, true), "", "", "", lineageGroups),
            new Node("Elements: " + summary(diff, false), "", "", "", kindGroups));
    }

    private static Node lineageRow(IndicatorLineage row, LineageClass lineageClass) {
        String before = String.join(" ", row.oldIds()) + areas(row.oldAreas());
        String after = row.newId() + areas(row.newAreas());
        return new Node(row.id() + "  " + row.name(), before.trim(), after.trim(), lineageClass.name(), List.of());
    }

    private static Node elementRow(ElementChange change, ChangeKind kind) {
        List<Node> features = change.changes().stream().map(DiffTree::featureRow).toList();
        return new Node(change.type() + " " + change.id() + "  " + change.name(), change.oldParent(),
            change.newParent(), kind.name(), features);
    }

    private static Node featureRow(FeatureChange change) {
        return new Node(change.feature() + " [" + change.category().name().toLowerCase(java.util.Locale.ROOT) + "]",
            change.oldValue(), change.newValue(), change.category().name(), List.of());
    }

    private static String areas(List<String> areas) {
        return areas.isEmpty() ? "" : " (" + String.join(" ", areas) + ")";
    }

    private static String summary(FrameworkDiff diff, boolean lineage) {
        return lineage ? diff.lineageSummary() : diff.elementSummary();
    }
}
