package org.framewright.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.IndicatorRule;
import org.framewright.model.MethodParameter;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringResult;
import org.framewright.testing.SharedData;
import org.framewright.validation.FrameworkValidation;
import org.framewright.validation.ModelDiagnostic;
import org.junit.jupiter.api.Test;

/**
 * The new normalisations selected by id in a model (ASCOF 2023-24's rule {@code ir-minmax}), validated by FW-EXT-02
 * and scored by the engine on the real 2023-24 data, against values worked out here from the raw rows of 1A.
 */
class NormalisationsAscofTest {

    private static final String PERIOD = "2023-24";
    private static final String WILTSHIRE = "E06000054";

    @Test
    void distanceToWiltshireOnTheRealData() throws Exception {
        Framework framework = ascof("distance-to-reference", "council", WILTSHIRE);
        assertEquals(List.of(), extensionProblems(framework));
        ScoringResult result = score(framework);
        Map<String, Double> raw = values("1A");
        double reference = raw.get(WILTSHIRE);
        int scored = 0;
        for (CouncilResult council : result.councils()) {
            Double value = raw.get(council.council().getId());
            if (value != null) {
                double expected = 100 * (value - reference) / Math.abs(reference); // 1A: higher is better
                assertEquals(expected, council.nodes().get("1A").score(), 1e-6, council.council().getId());
                scored++;
            }
        }
        assertTrue(scored > 140, "councils scored: " + scored);
        assertEquals(0.0, result.get(WILTSHIRE, "1A").score(), 1e-9);
    }

    @Test
    void bordaAndScaledOnTheRealData() throws Exception {
        Map<String, Double> raw = values("1A");
        ScoringResult borda = score(ascof("borda"));
        ScoringResult scaled = score(ascof("scaled", "low", "1", "high", "10"));
        double min = raw.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = raw.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        for (CouncilResult council : borda.councils()) {
            String id = council.council().getId();
            Double value = raw.get(id);
            if (value == null) {
                continue;
            }
            long worse = raw.values().stream().filter(v -> v < value).count();
            assertEquals(worse, council.nodes().get("1A").score(), 1e-9, id);
            assertEquals(1 + 9 * (value - min) / (max - min), scaled.get(id, "1A").score(), 1e-6, id);
        }
    }

    @Test
    void badParametersAreFwExt02DiagnosticsNamingTheRuleAndTheParameter() throws Exception {
        List<ModelDiagnostic> missing = extensionProblems(ascof("distance-to-reference"));
        assertEquals(1, missing.size(), missing.toString());
        assertEquals("FW-EXT-02", missing.get(0).code());
        assertTrue(missing.get(0).toString().contains("ir-minmax")
            && missing.get(0).toString().contains("needs parameter 'council'"), missing.get(0).toString());

        List<ModelDiagnostic> notANumber = extensionProblems(ascof("scaled", "low", "one"));
        assertEquals(1, notANumber.size(), notANumber.toString());
        assertTrue(notANumber.get(0).toString().contains("ir-minmax")
            && notANumber.get(0).toString().contains("parameter 'low' of normalisation method 'scaled': 'one' is not a number"),
            notANumber.get(0).toString());

        List<ModelDiagnostic> inverted = extensionProblems(ascof("scaled", "low", "10", "high", "1"));
        assertEquals(1, inverted.size(), inverted.toString());
        assertTrue(inverted.get(0).toString().contains("ir-minmax") && inverted.get(0).toString().contains(
            "parameter 'high' of normalisation method 'scaled': 1 is not above parameter 'low' (10)"),
            inverted.get(0).toString());
        // against the declared default of low (0)
        assertEquals(1, extensionProblems(ascof("scaled", "high", "-5")).size());
        assertEquals(List.of(), extensionProblems(ascof("scaled", "low", "-10", "high", "-5")));

        List<ModelDiagnostic> unknown = extensionProblems(ascof("borda", "council", WILTSHIRE));
        assertEquals(1, unknown.size(), unknown.toString());
        assertTrue(unknown.get(0).toString().contains("parameter 'council' is not a parameter"),
            unknown.get(0).toString());
    }

    private static List<ModelDiagnostic> extensionProblems(Framework framework) {
        return FrameworkValidation.validate(framework).stream().filter(d -> d.code().startsWith("FW-EXT")).toList();
    }

    private static Framework ascof(String normalisation, String... parameters) throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24.framework"));
        IndicatorRule rule = framework.getSchemes().get(0).getIndicatorRules().get(0);
        assertEquals("ir-minmax", rule.getId());
        rule.setNormalisation(normalisation);
        for (int i = 0; i < parameters.length; i += 2) {
            MethodParameter parameter = FrameworkFactory.eINSTANCE.createMethodParameter();
            parameter.setName(parameters[i]);
            parameter.setValue(parameters[i + 1]);
            rule.getParameters().add(parameter);
        }
        return framework;
    }

    private static ScoringResult score(Framework framework) throws Exception {
        DataImport data = CouncilDataReader.read(SharedData.file("ascof/trend_data.csv"),
            new ImportOptions(framework, PERIOD));
        assertFalse(data.hasErrors(), () -> data.errors().toString());
        ScoringResult result = ScoringEngine.score(framework, framework.getSchemes().get(0), data.dataSet(), PERIOD);
        assertNotNull(result);
        return result;
    }

    private static Map<String, Double> values(String measure) throws Exception {
        Map<String, Double> values = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(SharedData.file("ascof/trend_data.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (row.get("Year").equals(PERIOD) && row.get("Geographical Level").equals("Council")
                    && row.get("Measure Group").equals(measure) && !row.get("Measure_Value").isBlank()) {
                    values.put(row.get("ONS Code"), Double.valueOf(row.get("Measure_Value")));
                }
            }
        }
        return values;
    }
}
