package org.framewright.methods;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.IndicatorRule;
import org.framewright.model.MethodParameter;
import org.framewright.model.ScoringScheme;
import org.framewright.model.methods.MethodDescriptor;
import org.framewright.model.methods.MethodKind;
import org.framewright.model.methods.ScoringMethods;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringResult;
import org.framewright.testing.SharedData;
import org.framewright.validation.FrameworkValidation;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/**
 * The plugin's methods found through {@code org.framewright.scoring.methods} and used by the engine on the real
 * 2023-24 ASCOF data: the sample model's harmonic composite, and goalposts for measure 1A, against values worked out
 * here from the built-in composite's area scores and from the raw values.
 */
class AscofMethodsTest {

    static final String HARMONIC = "models/ascof-2023-24-harmonic.framework";

    static Path model(String entry) throws IOException {
        URL url = FrameworkUtil.getBundle(HarmonicMean.class).getEntry(entry);
        return Path.of(new java.io.File(FileLocator.toFileURL(url).getPath()).getAbsolutePath());
    }

    private static DataImport data(Framework framework) throws Exception {
        DataImport data = CouncilDataReader.read(SharedData.file("ascof/trend_data.csv"),
            new ImportOptions(framework, "2023-24"));
        assertFalse(data.hasErrors(), () -> data.errors().toString());
        return data;
    }

    @Test
    void theRegistryListsTheMethodsWithTheirParametersAndPrimitives() {
        MethodDescriptor harmonic = ScoringMethods.installed().find(MethodKind.AGGREGATION, "harmonic-mean");
        assertNotNull(harmonic);
        assertEquals("org.framewright.methods", harmonic.contributor());
        assertTrue(harmonic.hasPrimitive());
        assertEquals(List.of("refuse", "zero"), harmonic.parameter("nonPositive").choices());
        MethodDescriptor generalised = ScoringMethods.installed().find(MethodKind.AGGREGATION, "generalised-mean");
        assertEquals("1", generalised.parameter("r").defaultValue());
        assertEquals(-50, generalised.parameter("r").minimum());
        MethodDescriptor goalposts = ScoringMethods.installed().find(MethodKind.INDICATOR_SCORING, "goalposts");
        assertTrue(goalposts.parameter("low").required());
        assertTrue(goalposts.implementation() instanceof GoalpostsScoring);
    }

    @Test
    void theSampleIsCanonicalAndValid() throws Exception {
        Path file = model(HARMONIC);
        Framework framework = FrameworkFiles.loadFramework(file);
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        framework.eResource().save(saved, null);
        assertArrayEquals(Files.readAllBytes(file), saved.toByteArray(), "not canonical: run ./framewright format");
        assertEquals(List.of(), FrameworkValidation.validate(framework).stream()
            .filter(d -> d.code().startsWith("FW-EXT")).toList());
    }

    @Test
    void theOverallScoreIsTheHarmonicMeanOfTheAreaScores() throws Exception {
        Framework harmonicModel = FrameworkFiles.loadFramework(model(HARMONIC));
        ScoringResult harmonic = ScoringEngine.score(harmonicModel, harmonicModel.getSchemes().get(0),
            data(harmonicModel).dataSet(), "2023-24");
        Framework ascof = FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24.framework"));
        ScoringResult arithmetic = ScoringEngine.score(ascof, ascof.getSchemes().get(0), data(ascof).dataSet(),
            "2023-24");
        assertEquals(153, harmonic.councils().size());
        int lower = 0;
        for (CouncilResult council : arithmetic.councils()) {
            List<Double> areas = new ArrayList<>();
            for (String area : List.of("1", "2", "3", "4", "5", "6")) {
                Double score = council.nodes().get(area).score();
                if (score != null) {
                    areas.add(score);
                }
            }
            double expected = areas.contains(0.0) ? 0
                : areas.size() / areas.stream().mapToDouble(a -> 1 / a).sum();
            String id = council.council().getId();
            double actual = harmonic.get(id, "overall").score();
            assertEquals(expected, actual, 1e-9 * Math.max(1, expected), council.council().getName());
            lower += actual < council.overall().score() - 1e-9 ? 1 : 0;
        }
        assertTrue(lower > 140, "the harmonic mean is below the arithmetic mean unless all areas are equal: " + lower);
    }

    @Test
    void goalpostsScoreMeasure1AAgainstFixedPosts() throws Exception {
        Framework ascof = FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24.framework"));
        ScoringScheme scheme = ascof.getSchemes().get(0);
        IndicatorRule rule = FrameworkFactory.eINSTANCE.createIndicatorRule();
        rule.setId("ir-1A-goalposts");
        rule.setMethod("goalposts");
        rule.setNormalisation("none");
        rule.getIndicators().add(ascof.getIndicators().stream().filter(i -> i.getId().equals("1A")).findFirst()
            .orElseThrow());
        for (String[] p : new String[][] {{"low", "18"}, {"high", "20"}}) {
            MethodParameter parameter = FrameworkFactory.eINSTANCE.createMethodParameter();
            parameter.setName(p[0]);
            parameter.setValue(p[1]);
            rule.getParameters().add(parameter);
        }
        scheme.getIndicatorRules().add(0, rule);
        scheme.getIndicatorRules().get(1).getIndicators().addAll(ascof.getIndicators().stream()
            .filter(i -> !i.getId().equals("1A")).toList());
        assertEquals(List.of(), FrameworkValidation.validate(ascof).stream()
            .filter(d -> d.code().startsWith("FW-EXT")).toList());
        ScoringResult result = ScoringEngine.score(ascof, scheme, data(ascof).dataSet(), "2023-24");
        int capped = 0;
        for (CouncilResult council : result.councils()) {
            Double raw = council.nodes().get("1A").rawValue();
            if (raw == null) {
                continue;
            }
            double expected = Math.max(0, Math.min(100, 100 * (raw - 18) / (20 - 18)));
            capped += raw <= 18 || raw >= 20 ? 1 : 0;
            assertEquals(expected, council.nodes().get("1A").score(), 1e-9, council.council().getName() + " " + raw);
        }
        assertTrue(capped > 0, "some council's 1A lies beyond a post (2023-24 range 17.2-20.2)");
    }
}
