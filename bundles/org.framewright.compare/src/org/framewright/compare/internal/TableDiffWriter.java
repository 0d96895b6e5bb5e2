package org.framewright.compare.internal;

import java.io.IOException;
import org.framewright.compare.ElementChange;
import org.framewright.compare.FeatureChange;
import org.framewright.compare.FrameworkDiff;
import org.framewright.compare.IndicatorLineage;
import org.framewright.compare.LineageClass;

/** Writes a {@link FrameworkDiff} as plain text: a summary, the indicator lineage, then the element changes. */
public final class TableDiffWriter {

    private final Appendable out;

    /** A writer appending to {@code out}. */
    public TableDiffWriter(Appendable out) {
        this.out = out;
    }

    /** Writes the whole difference. */
    public void write(FrameworkDiff diff) throws IOException {
        line("Old: " + diff.oldFramework());
        line("New: " + diff.newFramework());
        for (String note : diff.notes()) {
            line("Note: " + note);
        }
        line("");
        line("Indicators: " + DiffSummary.lineage(diff));
        for (IndicatorLineage row : diff.lineage()) {
            line(String.format("  %-8s %-6s %-14s %-14s %s", row.lineage(), row.id(), origin(row),
                areas(row), row.name()) + (row.note().isEmpty() ? "" : "  [" + row.note() + "]"));
        }
        line("");
        line("Elements: " + DiffSummary.elements(diff));
        for (ElementChange change : diff.elements()) {
            line(String.format("  %-8s %-16s %-14s %s", change.kind(), change.type(), change.id(), where(change)));
            for (FeatureChange feature : change.changes()) {
                line(String.format("      %-9s %s: %s -> %s", feature.category(), feature.feature(),
                    quote(feature.oldValue()), quote(feature.newValue())));
            }
        }
    }

    private static String origin(IndicatorLineage row) {
        if (row.lineage() == LineageClass.KEEP || row.lineage() == LineageClass.REVISED) {
            return "<- " + String.join(" ", row.oldIds());
        }
        return row.declared() ? "(declared)" : "";
    }

    private static String areas(IndicatorLineage row) {
        String before = String.join(" ", row.oldAreas());
        String after = String.join(" ", row.newAreas());
        if (before.isEmpty()) {
            return after;
        }
        return after.isEmpty() ? before + " ->" : before + " -> " + after;
    }

    private static String where(ElementChange change) {
        return switch (change.kind()) {
            case ADDED -> "in " + change.newParent() + "  " + change.name();
            case REMOVED -> "from " + change.oldParent() + "  " + change.name();
            case MOVED -> change.oldParent() + " -> " + change.newParent() + "  " + change.name();
            case CHANGED -> change.name();
        };
    }

    private static String quote(String value) {
        return value.isEmpty() ? "(none)" : '"' + value + '"';
    }

    private void line(String text) throws IOException {
        out.append(text).append(System.lineSeparator());
    }
}
