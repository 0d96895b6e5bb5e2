package org.framewright.examples.methods;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.methods.MethodDescriptor;
import org.framewright.model.methods.MethodKind;
import org.framewright.model.methods.ScoringMethods;
import org.framewright.samples.Samples;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringResult;
import org.framewright.testing.SharedData;
import org.framewright.validation.FrameworkValidation;
import org.junit.jupiter.api.Test;

/**
 * The example plugin's geometric-mean method, contributed through {@code org.framewright.scoring.methods}, is found
 * by the registry and used by the scoring engine: the sample model on the real 2023-24 ASCOF data gives, for every
 * council, the geometric mean of the outcome-area scores that the built-in composite-minmax scheme of the samples
 * computes (same measures, min-max normalisation and area means), worked out here by hand.
 */
class GeometricSampleScoringTest {

    private static final String PERIOD = "2023-24";

    @Test
    void theRegistryListsTheContributedMethodWithItsPrimitive() {
        MethodDescriptor method = ScoringMethods.installed().find(MethodKind.AGGREGATION, "geometric-mean");
        assertNotNull(method, "geometric-mean is not installed");
        assertEquals("org.framewright.examples", method.contributor());
        assertTrue(method.hasPrimitive());
        assertTrue(method.implementation() instanceof GeometricMean);
    }

    @Test
    void theSampleIsInCanonicalForm() throws Exception {
        Path file = ExampleModels.file(ExampleModels.GEOMETRIC);
        Framework framework = FrameworkFiles.loadFramework(file);
        java.io.ByteArrayOutputStream saved = new java.io.ByteArrayOutputStream();
        framework.eResource().save(saved, null);
        assertArrayEquals(java.nio.file.Files.readAllBytes(file), saved.toByteArray(),
            "load and save changed the sample: run ./framewright format on it");
    }

    @Test
    void theSampleValidatesWithThePluginInstalled() throws Exception {
        Framework framework = FrameworkFiles.loadFramework(ExampleModels.file(ExampleModels.GEOMETRIC));
        assertEquals(List.of(), FrameworkValidation.validate(framework).stream()
            .filter(d -> d.code().equals("FW-EXT-01")).toList());
    }

    @Test
    void theOverallScoreIsTheGeometricMeanOfTheAreaScores() throws Exception {
        ScoringResult geometric = score(FrameworkFiles.loadFramework(ExampleModels.file(ExampleModels.GEOMETRIC)));
        ScoringResult arithmetic = score(FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24.framework")));

        assertTrue(geometric.councils().size() > 100, "councils scored: " + geometric.councils().size());
        int zeros = 0;
        for (CouncilResult council : arithmetic.councils()) {
            String id = council.council().getId();
            List<Double> areas = new ArrayList<>();
            for (String area : List.of("1", "2", "3", "4", "5", "6")) {
                NodeResult result = council.nodes().get(area);
                if (result != null && result.score() != null) {
                    areas.add(result.score());
                }
            }
            Double expected = areas.isEmpty() ? null : geometricMean(areas);
            Double actual = geometric.get(id, "overall").score();
            if (expected == null) {
                assertEquals(null, actual, id);
            } else {
                assertNotNull(actual, id);
                assertEquals(expected, actual, 1e-9 * Math.max(1, expected), id);
                zeros += expected == 0 ? 1 : 0;
            }
        }
        assertTrue(zeros < arithmetic.councils().size(), "not every council scores 0");
    }

    private static double geometricMean(List<Double> values) {
        double logs = 0;
        for (double value : values) {
            if (value == 0) {
                return 0;
            }
            logs += Math.log(value);
        }
        return Math.exp(logs / values.size());
    }

    private static ScoringResult score(Framework framework) throws Exception {
        Path data = SharedData.file("ascof/trend_data.csv");
        DataImport imported = CouncilDataReader.read(data, new ImportOptions(framework, PERIOD));
        assertFalse(imported.hasErrors(), () -> imported.errors().toString());
        return ScoringEngine.score(framework, framework.getSchemes().get(0), imported.dataSet(), PERIOD);
    }
}
