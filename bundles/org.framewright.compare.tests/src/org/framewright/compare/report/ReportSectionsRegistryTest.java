package org.framewright.compare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

/** Every built-in report section is found through the extension point org.framewright.report.sections. */
class ReportSectionsRegistryTest {

    @Test
    void theBuiltInSectionsAreContributedThroughThePoint() {
        List<String> builtins = List.of(RegistryFactory.getRegistry()
            .getConfigurationElementsFor(ReportSections.EXTENSION_POINT)).stream()
            .filter(e -> e.getContributor().getName().equals("org.framewright.compare"))
            .map(e -> e.getAttribute("id")).toList();

        assertEquals(List.of("structure", "sources", "assumptions", "logic-models", "distribution", "league-table", "strengths",
            "simulation"), builtins);
    }

    @Test
    void theReportWritesThemInTheirOrder() {
        List<String> installed = ReportSections.installed().stream().filter(BuiltinReportSection.class::isInstance)
            .map(s -> ((BuiltinReportSection) s).id()).toList();

        assertEquals(List.of("structure", "sources", "assumptions", "logic-models", "distribution", "league-table", "strengths",
            "simulation"), installed);
    }
}
