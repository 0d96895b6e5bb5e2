package org.framewright.methods;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
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
 * The Copeland sample on the real 2023-24 ASCOF data: every council's overall score equals wins minus losses counted
 * here from the outcome area scores of the built-in composite (same normalisation and area means), pair by pair.
 */
class CopelandAscofTest {

    static final String COPELAND = "models/ascof-2023-24-copeland.framework";

    private static ScoringResult score(Framework framework) throws Exception {
        DataImport data = CouncilDataReader.read(SharedData.file("ascof/trend_data.csv"),
            new ImportOptions(framework, "2023-24"));
        assertFalse(data.hasErrors(), () -> data.errors().toString());
        return ScoringEngine.score(framework, framework.getSchemes().get(0), data.dataSet(), "2023-24");
    }

    @Test
    void theSampleIsCanonicalAndValid() throws Exception {
        Path file = AscofMethodsTest.model(COPELAND);
        Framework framework = FrameworkFiles.loadFramework(file);
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        framework.eResource().save(saved, null);
        assertArrayEquals(Files.readAllBytes(file), saved.toByteArray(), "not canonical: run ./framewright format");
        assertEquals(List.of(), FrameworkValidation.validate(framework).stream()
            .filter(d -> d.severity().name().equals("ERROR")).toList());
    }

    @Test
    void everyCouncilScoresItsPairwiseWinsMinusLossesOverTheAreas() throws Exception {
        ScoringResult copeland = score(FrameworkFiles.loadFramework(AscofMethodsTest.model(COPELAND)));
        ScoringResult mean = score(FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24.framework")));
        List<String> ids = new ArrayList<>();
        List<Map<String, Double>> areas = new ArrayList<>();
        for (CouncilResult council : mean.councils()) {
            Map<String, Double> own = new LinkedHashMap<>();
            for (String area : List.of("1", "2", "3", "4", "5", "6")) {
                Double score = council.nodes().get(area).score();
                if (score != null) {
                    own.put(area, score);
                }
            }
            if (!own.isEmpty()) {
                ids.add(council.council().getId());
                areas.add(own);
            }
        }
        assertEquals(153, ids.size());
        int top = 0;
        for (int a = 0; a < ids.size(); a++) {
            int wins = 0;
            int losses = 0;
            for (int b = 0; b < ids.size(); b++) {
                if (a == b) {
                    continue;
                }
                int higher = 0;
                int lower = 0;
                for (Map.Entry<String, Double> area : areas.get(a).entrySet()) {
                    Double other = areas.get(b).get(area.getKey());
                    if (other != null) {
                        higher += area.getValue() > other ? 1 : 0;
                        lower += area.getValue() < other ? 1 : 0;
                    }
                }
                wins += higher > lower ? 1 : 0;
                losses += higher < lower ? 1 : 0;
            }
            String counted = wins + " pairwise wins - " + losses + " losses";
            NodeResult overall = copeland.get(ids.get(a), "overall");
            assertEquals(wins - losses, overall.score(), 0, ids.get(a));
            assertTrue(overall.explanation().stream().anyMatch(s -> s.startsWith("copeland against 152 other councils")
                && s.contains(counted)), overall.explanation().toString());
            top = Math.max(top, wins - losses);
        }
        assertTrue(top > 100, "the best council beats most others: " + top);
        CouncilResult first = copeland.councils().stream().filter(c -> c.rank() != null && c.rank() == 1)
            .findFirst().orElseThrow();
        assertEquals(top, first.overall().score(), 0);
    }
}
