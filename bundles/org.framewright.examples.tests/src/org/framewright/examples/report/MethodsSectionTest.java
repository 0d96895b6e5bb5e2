package org.framewright.examples.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.framewright.compare.report.FrameworkReport;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringResult;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/**
 * The example plugin's report section, contributed to {@code org.framewright.report.sections} with order 600, is
 * written by the report after Framewright's own sections and names the plugin that provides geometric-mean.
 */
class MethodsSectionTest {

    @Test
    void theReportEndsWithTheMethodsAndTheirPlugins() throws Exception {
        Path model = Path.of(new java.io.File(FileLocator.toFileURL(FrameworkUtil.getBundle(MethodsSection.class)
            .getEntry("models/ascof-2023-24-geometric.framework")).getPath()).getAbsolutePath());
        Framework framework = FrameworkFiles.loadFramework(model);
        DataImport data = CouncilDataReader.read(SharedData.file("ascof/trend_data.csv"),
            new ImportOptions(framework, "2023-24"));
        assertFalse(data.hasErrors(), () -> data.errors().toString());
        ScoringResult result = ScoringEngine.score(framework, framework.getSchemes().get(0), data.dataSet(), "2023-24");

        String html = FrameworkReport.html(framework, framework.getSchemes().get(0), result);

        int section = html.indexOf("Scoring methods and their plugins");
        assertTrue(section > html.indexOf("League table") && html.indexOf("League table") > 0, "after the league table");
        String methods = html.substring(section);
        assertTrue(methods.contains("Geometric mean (geometric-mean)") && methods.contains("org.framewright.examples"),
            methods);
        assertTrue(methods.contains("Min-max (minmax)") && methods.contains("org.framewright.scoring"), methods);
    }
}
