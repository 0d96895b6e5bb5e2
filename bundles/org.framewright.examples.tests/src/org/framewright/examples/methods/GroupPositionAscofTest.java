package org.framewright.examples.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.io.ComparatorGroupImport;
import org.framewright.io.ComparatorGroupReader;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.ComparatorGroup;
import org.framewright.model.Framework;
import org.framewright.model.IndicatorRule;
import org.framewright.model.MethodParameter;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringResult;
import org.framewright.testing.SharedData;
import org.framewright.validation.FrameworkValidation;
import org.junit.jupiter.api.Test;

/**
 * {@code group-position} on the real 2023-24 ASCOF data: every council placed among Oflog's nearest neighbours of
 * Wiltshire (E06000054, read from NN.json as {@code score --groups} reads it), recomputed here from the raw rows.
 */
class GroupPositionAscofTest {

    private static final String PERIOD = "2023-24";
    private static final String ANCHOR = "E06000054";

    @Test
    void everyCouncilIsPlacedAmongWiltshiresNearestNeighbours() throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24.framework"));
        IndicatorRule rule = framework.getSchemes().get(0).getIndicatorRules().get(0);
        rule.setMethod("group-position");
        MethodParameter group = FrameworkFactory.eINSTANCE.createMethodParameter();
        group.setName(GroupPosition.GROUP);
        group.setValue(ANCHOR);
        rule.getParameters().add(group);
        assertEquals(List.of(), FrameworkValidation.validate(framework).stream()
            .filter(d -> d.code().startsWith("FW-EXT")).toList());

        Path data = SharedData.file("ascof/trend_data.csv");
        DataImport imported = CouncilDataReader.read(data, new ImportOptions(framework, PERIOD));
        assertFalse(imported.hasErrors(), () -> imported.errors().toString());
        ComparatorGroupImport groups = ComparatorGroupReader.read(SharedData.file("oflog/NN.json"));
        assertTrue(groups.errors().isEmpty(), () -> groups.errors().toString());
        for (ComparatorGroup g : groups.groups()) {
            imported.dataSet().getComparatorGroups().add(EcoreUtil.copy(g));
        }
        ScoringResult result = ScoringEngine.score(framework, framework.getSchemes().get(0), imported.dataSet(), PERIOD);

        List<String> members = groups.find(ANCHOR).getMembers();
        Map<String, Double> qualityOfLife = values(data, "1A"); // higher is better
        int outsiders = 0;
        for (CouncilResult council : result.councils()) {
            String id = council.council().getId();
            NodeResult node = council.nodes().get("1A");
            Double own = qualityOfLife.get(id);
            if (own == null) {
                continue;
            }
            List<Double> others = members.stream().filter(m -> !m.equals(id) && qualityOfLife.containsKey(m))
                .map(qualityOfLife::get).toList();
            double expected = 100.0 * others.stream().filter(v -> v < own).count() / others.size();
            assertNotNull(node.score(), id);
            assertEquals(expected, node.score(), 1e-6, id);
            outsiders += members.contains(id) ? 0 : 1;
        }
        assertTrue(outsiders > 100, "councils outside the group placed: " + outsiders);
    }

    private static Map<String, Double> values(Path data, String measure) throws Exception {
        Map<String, Double> values = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
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
