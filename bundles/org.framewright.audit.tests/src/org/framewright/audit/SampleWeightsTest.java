package org.framewright.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.scoring.ScoringEngine;
import org.framewright.validation.FrameworkValidation;
import org.framewright.validation.ModelDiagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The weights of the shipped samples with their invented councils: schemes whose rules are matrices, percentages of
 * the maximum or levels as judged have few or no weighted inputs, and every scenario still validates and scores.
 */
class SampleWeightsTest {

    @ParameterizedTest
    @CsvSource({"csci-2006.framework, csci-2006-councils.csv, 9", "cqc-la-2023.framework, cqc-la-2023-councils.csv, 0",
        "west-northamptonshire-2024.framework, west-northamptonshire-2024-councils.csv, 0"})
    void weightsOfTheSamples(String model, String dataFile, int rows) throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework(model));
        DataImport data = CouncilDataReader.read(Samples.data(dataFile), new ImportOptions(framework, null));
        assertFalse(data.hasErrors(), () -> data.errors().toString());
        WeightReport report = WeightScenarios.analyse(framework, framework.getSchemes().get(0), data.dataSet(), null);
        assertEquals(rows, report.rows().size(), report.toString());
        // every rule that is not a mean of scored nodes is named, and so is a scheme without weights
        assertEquals(rows == 0, report.notes().contains("scheme " + framework.getSchemes().get(0).getId()
            + " has no mean or weighted-mean rule over scored nodes: no weights"), report.notes().toString());
        assertEquals(!framework.getSchemes().get(0).getAggregations().isEmpty(), report.notes().stream()
            .anyMatch(n -> n.contains("is not a mean of scored nodes")), report.notes().toString());
        // per node on top (not an input of another weighted node), the current shares make the whole
        Map<String, Double> sums = report.rows().stream().filter(r -> report.rows().stream()
            .noneMatch(other -> other.id().equals(r.area()))).collect(Collectors.groupingBy(WeightRow::area,
                Collectors.summingDouble(WeightRow::current)));
        sums.values().forEach(sum -> assertEquals(100, sum, 1e-9, sums.toString()));
        for (WeightScenarios.Kind kind : WeightScenarios.Kind.values()) {
            WeightScenarios.Scenario scenario = WeightScenarios.scenario(framework.getSchemes().get(0), report, kind);
            List<ModelDiagnostic> problems = FrameworkValidation.validate(scenario.framework());
            assertFalse(FrameworkValidation.hasErrors(problems), kind + ": " + problems);
            ScoringEngine.score(scenario.framework(), scenario.scheme(), data.dataSet(), null);
        }
    }
}
