package org.framewright.compare.report;

import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.framewright.compare.internal.HtmlPage;

/**
 * Framewright's own report sections as contributed in this bundle's plugin.xml: one class for all, told which
 * section it is by the contribution's id.
 */
public final class BuiltinReportSection implements ReportSection, IExecutableExtension {

    private String id;

    /** For the extension registry, which then gives the id. */
    public BuiltinReportSection() {
    }

    private BuiltinReportSection(String id) {
        this.id = id;
    }

    /** The built-ins in report order (what plugin.xml contributes), for use outside OSGi. */
    static List<ReportSection> all() {
        return List.of(new BuiltinReportSection("structure"), new BuiltinReportSection("sources"),
            new BuiltinReportSection("assumptions"), new BuiltinReportSection("logic-models"),
            new BuiltinReportSection("distribution"), new BuiltinReportSection("league-table"),
            new BuiltinReportSection("strengths"), new BuiltinReportSection("simulation"));
    }

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        id = config.getAttribute("id");
    }

    @Override
    public void write(ReportPage page, ReportInput input) {
        HtmlPage html = (HtmlPage) page;
        switch (id) {
            case "structure" -> StructureSection.write(html, input.framework());
            case "sources" -> ProvenanceSections.writeSources(html, input.framework());
            case "assumptions" -> ProvenanceSections.writeAssumptions(html, input.framework());
            case "logic-models" -> LogicModelSection.write(html, input.framework());
            case "distribution" -> DistributionSection.write(html, input.scheme(), input.result());
            case "league-table" -> LeagueTableSection.write(html, input.framework(), input.result());
            case "strengths" -> input.strengths().forEach(council -> StrengthsSection.write(html, council));
            case "simulation" -> {
                if (input.simulation() != null) {
                    SimulationSection.write(html, input.simulation(), input.sensitivity());
                }
            }
            default -> throw new IllegalStateException("no built-in report section " + id);
        }
    }

    /** The section's id in plugin.xml. */
    public String id() {
        return id;
    }
}
