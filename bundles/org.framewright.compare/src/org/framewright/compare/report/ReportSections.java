package org.framewright.compare.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The report sections installed, read from {@code org.framewright.report.sections} and ordered by their
 * {@code order} attribute (Framewright's own: 100 structure, 200 logic models, 300 distribution, 400 league table,
 * 450 strengths and weaknesses of the councils named, 500 simulation). A contribution whose class cannot be created is left out with a line on stderr.
 */
public final class ReportSections {

    /** The id of the extension point. */
    public static final String EXTENSION_POINT = "org.framewright.report.sections";

    private static List<ReportSection> installed;

    private ReportSections() {
    }

    /** The installed sections in report order; the built-ins alone outside OSGi. */
    public static synchronized List<ReportSection> installed() {
        if (installed == null) {
            installed = read(RegistryFactory.getRegistry());
        }
        return installed;
    }

    private static List<ReportSection> read(IExtensionRegistry registry) {
        if (registry == null) {
            return BuiltinReportSection.all();
        }
        List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(EXTENSION_POINT)));
        elements.sort(Comparator.comparingInt(ReportSections::order));
        List<ReportSection> sections = new ArrayList<>();
        for (IConfigurationElement element : elements) {
            try {
                sections.add((ReportSection) element.createExecutableExtension("class"));
            } catch (CoreException | ClassCastException e) {
                System.err.println("framewright: report section " + element.getAttribute("id") + " of plugin "
                    + element.getContributor().getName() + " is not used: " + e.getMessage());
            }
        }
        return List.copyOf(sections);
    }

    private static int order(IConfigurationElement element) {
        String order = element.getAttribute("order");
        try {
            return order == null ? 1000 : Integer.parseInt(order.trim());
        } catch (NumberFormatException e) {
            return 1000;
        }
    }
}
