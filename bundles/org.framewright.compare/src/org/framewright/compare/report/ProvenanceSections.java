package org.framewright.compare.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.framewright.model.Framework;
import org.framewright.model.ModelElement;
import org.framewright.model.Provenance;
import org.framewright.model.ProvenanceStatus;
import org.framewright.model.query.ProvenanceQuery;

/**
 * The report's provenance sections (issue 19): "Sources", each source document the framework's provenance names
 * with the elements taken from it, and "Assumptions", every inferred or invented fact with its reason.
 */
final class ProvenanceSections {

    private ProvenanceSections() {
    }

    /** The "Sources" section: one row per named source, its title and the ids of the elements it gave. */
    static void writeSources(ReportPage page, Framework framework) {
        ProvenanceQuery query = new ProvenanceQuery(framework);
        Map<String, Set<ModelElement>> bySource = query.elementsBySource();
        page.heading(2, "Sources");
        if (bySource.isEmpty()) {
            page.paragraph("note", "No provenance names a source document in this framework.");
            return;
        }
        Map<String, String> known = query.knownSources();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Set<ModelElement>> source : bySource.entrySet()) {
            String title = known.getOrDefault(source.getKey(), "not a seed document nor registered in the framework");
            rows.add(List.of(ReportPage.escape(source.getKey()), ReportPage.escape(title),
                String.valueOf(source.getValue().size()), ReportPage.escape(source.getValue().stream()
                    .map(ModelElement::getId).collect(Collectors.joining(", ")))));
        }
        page.table("sources", List.of("Source", "Document", "Elements#", "Elements taken from it"), rows);
    }

    /** The "Assumptions" section: every inferred or invented record, in model order, with its reason. */
    static void writeAssumptions(ReportPage page, Framework framework) {
        List<List<String>> rows = new ArrayList<>();
        for (ProvenanceQuery.Entry entry : new ProvenanceQuery(framework).entries()) {
            Provenance p = entry.provenance();
            if (p.getStatus() == ProvenanceStatus.INFERRED || p.getStatus() == ProvenanceStatus.INVENTED) {
                rows.add(List.of(ReportPage.escape(entry.element().getId()), ReportPage.escape(entry.attribute()),
                    ReportPage.escape(p.getStatus().getLiteral()), ReportPage.escape(text(p.getSource())),
                    ReportPage.escape(text(p.getReason()))));
            }
        }
        page.heading(2, "Assumptions");
        if (rows.isEmpty()) {
            page.paragraph("note", "No fact of this framework is marked inferred or invented.");
            return;
        }
        page.table("assumptions", List.of("Element", "Attribute", "Status", "Source", "Reason"), rows);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
