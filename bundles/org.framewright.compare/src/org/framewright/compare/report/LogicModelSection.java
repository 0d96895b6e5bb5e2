package org.framewright.compare.report;

import java.util.ArrayList;
import java.util.List;

import org.framewright.compare.internal.HtmlPage;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.LogicElement;
import org.framewright.model.LogicElementKind;
import org.framewright.model.LogicModel;

/** The logic-model overview: per area, its elements in if-then order (assumptions to impacts) and its links. */
final class LogicModelSection {

    private LogicModelSection() {
    }

    static void write(HtmlPage page, Framework framework) {
        List<Area> withModels = new ArrayList<>();
        framework.eAllContents().forEachRemaining(o -> {
            if (o instanceof Area area && area.getLogicModel() != null) {
                withModels.add(area);
            }
        });
        page.heading(2, "Logic models");
        if (withModels.isEmpty()) {
            page.paragraph("", "This framework has no logic models.");
            return;
        }
        List<String> headers = new ArrayList<>(List.of("Area"));
        for (LogicElementKind kind : LogicElementKind.VALUES) {
            headers.add(kind.getLiteral());
        }
        headers.add("Links#");
        List<List<String>> rows = new ArrayList<>();
        for (Area area : withModels) {
            LogicModel model = area.getLogicModel();
            List<String> row = new ArrayList<>(List.of(FrameworkReport.esc(area.getId() + " " + area.getName())));
            for (LogicElementKind kind : LogicElementKind.VALUES) {
                List<String> names = model.getElements().stream().filter(e -> e.getKind() == kind)
                    .map(LogicModelSection::label).toList();
                row.add(String.join("<br>", names));
            }
            row.add(String.valueOf(model.getLinks().size()));
            rows.add(row);
        }
        page.table("logic-models", headers, rows);
    }

    private static String label(LogicElement element) {
        String name = element.getName() == null ? element.getId() : element.getName();
        String shortName = name.length() > 90 ? name.substring(0, 87) + "\u2026" : name;
        return FrameworkReport.esc(shortName) + (element.getIndicators().isEmpty() ? ""
            : " <small>(" + FrameworkReport.esc(String.join(", ", element.getIndicators().stream()
                .map(i -> i.getId()).toList())) + ")</small>");
    }
}
