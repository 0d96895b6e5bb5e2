package org.framewright.compare.report;

import java.util.ArrayList;
import java.util.List;

import org.framewright.compare.internal.HtmlPage;
import org.framewright.model.Area;
import org.framewright.model.EvidenceItem;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.Provenance;
import org.framewright.model.query.ProvenanceQuery;

/**
 * The structure overview: the area tree, level by level, with each area's statements and indicators, then the
 * evidence items, best-practice lines, guidance and descriptors of each area that has them (issue 19).
 */
final class StructureSection {

    private StructureSection() {
    }

    static void write(HtmlPage page, Framework framework) {
        page.heading(2, "Structure");
        List<List<String>> rows = new ArrayList<>();
        for (Area area : framework.getAreas()) {
            add(rows, framework, area, 0);
        }
        page.table("structure", List.of("Level", "Id", "Area", "Statements#", "Indicators"), rows);
        writeEvidenceItems(page, framework);
    }

    /** One row per evidence item, grouped by area in tree order; nothing when no area has one. */
    private static void writeEvidenceItems(HtmlPage page, Framework framework) {
        List<List<String>> rows = new ArrayList<>();
        for (Area root : framework.getAreas()) {
            addEvidenceItems(rows, root);
        }
        if (!rows.isEmpty()) {
            page.heading(3, "Evidence items");
            page.table("evidence-items", List.of("Area", "Kind", "Category", "Text", "Source"), rows);
        }
    }

    private static void addEvidenceItems(List<List<String>> rows, Area area) {
        for (EvidenceItem item : area.getEvidenceItems()) {
            Provenance provenance = ProvenanceQuery.of(item);
            String source = provenance == null || provenance.getSource() == null ? ""
                : provenance.getSource() + (provenance.getLocation() == null ? "" : ", " + provenance.getLocation());
            rows.add(List.of(FrameworkReport.esc(area.getId() + " " + String.valueOf(area.getName())),
                FrameworkReport.esc(item.getKind().getLiteral()),
                FrameworkReport.esc(item.getCategory() == null ? "" : String.valueOf(item.getCategory().getName())),
                FrameworkReport.esc(String.valueOf(item.getText())), FrameworkReport.esc(source)));
        }
        for (Area child : area.getChildren()) {
            addEvidenceItems(rows, child);
        }
    }

    private static void add(List<List<String>> rows, Framework framework, Area area, int depth) {
        List<String> levels = framework.getLevelNames();
        String level = depth < levels.size() ? levels.get(depth) : "Level " + (depth + 1);
        String indent = "\u2003".repeat(depth);
        String indicators = String.join(", ", area.getIndicators().stream().map(Indicator::getId).toList());
        rows.add(List.of(FrameworkReport.esc(level), FrameworkReport.esc(area.getId()),
            indent + FrameworkReport.esc(String.valueOf(area.getName())), String.valueOf(area.getStatements().size()),
            FrameworkReport.esc(indicators)));
        for (Area child : area.getChildren()) {
            add(rows, framework, child, depth + 1);
        }
    }
}
