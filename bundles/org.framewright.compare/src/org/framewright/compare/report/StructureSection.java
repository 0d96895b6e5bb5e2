package org.framewright.compare.report;

import java.util.ArrayList;
import java.util.List;

import org.framewright.compare.internal.HtmlPage;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;

/** The structure overview: the area tree, level by level, with each area's statements and indicators. */
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
