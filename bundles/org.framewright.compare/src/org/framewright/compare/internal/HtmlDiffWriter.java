package org.framewright.compare.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.framewright.compare.ChangeKind;
import org.framewright.compare.ElementChange;
import org.framewright.compare.FeatureChange;
import org.framewright.compare.FrameworkDiff;
import org.framewright.compare.IndicatorLineage;
import org.framewright.compare.LineageClass;

/** Writes a {@link FrameworkDiff} as one self-contained HTML page: headline counts, lineage, element changes. */
public final class HtmlDiffWriter {

    private final Appendable out;

    /** A writer appending to {@code out}. */
    public HtmlDiffWriter(Appendable out) {
        this.out = out;
    }

    /** Writes the whole page. */
    public void write(FrameworkDiff diff) throws IOException {
        HtmlPage page = new HtmlPage("Framework comparison", diff.oldFramework() + "  \u2192  " + diff.newFramework());
        List<String[]> cards = new ArrayList<>();
        for (LineageClass lineageClass : LineageClass.values()) {
            cards.add(new String[] {lower(lineageClass), String.valueOf(diff.lineage(lineageClass).size())});
        }
        page.cards(cards);
        for (String note : diff.notes()) {
            page.paragraph("note", note);
        }
        page.heading(2, "Indicators: " + DiffSummary.lineage(diff));
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorLineage row : diff.lineage()) {
            rows.add(List.of(HtmlPage.badge(lower(row.lineage()), lower(row.lineage())), esc(row.newId()),
                esc(String.join(" ", row.oldIds())), esc(String.join(" ", row.oldAreas())),
                esc(String.join(" ", row.newAreas())), esc(row.name()),
                esc((row.declared() ? "declared" : "inferred from ids") + (row.note().isEmpty() ? "" : "; " + row.note()))));
        }
        page.table("lineage", List.of("Class", "New id", "From old id", "Old area", "New area", "Name", "Basis"), rows);
        page.heading(2, "Elements: " + DiffSummary.elements(diff));
        for (ChangeKind kind : ChangeKind.values()) {
            List<ElementChange> changes = diff.elements(kind);
            if (!changes.isEmpty()) {
                page.raw("<details" + (kind == ChangeKind.ADDED || kind == ChangeKind.REMOVED ? "" : " open")
                    + "><summary>" + changes.size() + " " + lower(kind) + "</summary>");
                page.table("", List.of("Kind", "Type", "Id", "Name", "Old parent", "New parent", "Changes"),
                    changes.stream().map(HtmlDiffWriter::elementRow).toList());
                page.raw("</details>");
            }
        }
        out.append(page.toHtml("Framewright semantic comparison: elements matched by id, indicators by declared "
            + "lineage (Indicator.lineage, predecessorIds; Framework.basedOn)."));
    }

    private static List<String> elementRow(ElementChange change) {
        StringBuilder changes = new StringBuilder();
        for (FeatureChange feature : change.changes()) {
            changes.append("<div><b>").append(esc(feature.feature())).append("</b> <small>")
                .append(lower(feature.category())).append("</small>: ").append(esc(feature.oldValue()))
                .append(" \u2192 ").append(esc(feature.newValue())).append("</div>");
        }
        return List.of(HtmlPage.badge(lower(change.kind()), lower(change.kind())), esc(change.type()),
            esc(change.id()), esc(change.name()), esc(change.oldParent()), esc(change.newParent()),
            changes.toString());
    }

    private static String esc(String text) {
        return HtmlPage.escape(text);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
