package org.framewright.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.AggregationRule;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Indicator;
import org.framewright.model.ModelElement;
import org.framewright.model.ScoringScheme;
import org.framewright.model.Weight;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringResult;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Leaving an indicator or an area out of a copy of the scheme, and the rank shifts it causes. */
class LeaveOneOutTest {

    private static Framework ascof() throws Exception {
        return FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24.framework"));
    }

    private static List<String> ids(List<? extends ModelElement> elements) {
        return elements.stream().map(ModelElement::getId).toList();
    }

    @Test
    void anIndicatorGoesFromTheCopyOnly() throws Exception {
        Framework framework = ascof();
        ScoringScheme without = LeaveOneOut.without(framework.getSchemes().get(0), "1A");
        Framework copy = (Framework) EcoreUtil.getRootContainer(without);
        assertNotSame(framework, copy);
        assertEquals(List.of("1B", "1C", "1D", "1E"), ids(copy.getAreas().get(0).getIndicators()));
        assertFalse(ids(copy.getIndicators()).contains("1A"));
        assertEquals(List.of("1A", "1B", "1C", "1D", "1E"), ids(framework.getAreas().get(0).getIndicators()));
    }

    @Test
    void anAreaGoesWithItsIndicators() throws Exception {
        Framework framework = ascof();
        Framework copy = (Framework) EcoreUtil.getRootContainer(LeaveOneOut.without(framework.getSchemes().get(0), "3"));
        assertEquals(List.of("1", "2", "4", "5", "6"), ids(copy.getAreas()));
        assertTrue(ids(copy.getIndicators()).stream().noneMatch(id -> id.startsWith("3")), ids(copy.getIndicators()).toString());
        assertEquals(List.of("1", "2", "4", "5", "6"),
            ids(copy.getSchemes().get(0).getAggregations().get(0).getAreas()));
    }

    @Test
    void anUnknownIdIsRefusedByName() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> LeaveOneOut.without(ascof().getSchemes().get(0), "9Z"));
        assertEquals("framework ascof-2023-24 has no indicator or area '9Z'", e.getMessage());
    }

    @Test
    void theLeftOutIndicatorsWeightGoesAndTheRestAreReweighted() throws Exception {
        Framework framework = ascof();
        ScoringScheme scheme = framework.getSchemes().get(0);
        AggregationRule areas = scheme.getAggregations().get(0);
        areas.setMethod("weighted mean");
        double[] percents = {40, 15, 15, 15, 15};
        List<Indicator> quality = framework.getAreas().get(0).getIndicators();
        for (int i = 0; i < 5; i++) {
            Weight weight = FrameworkFactory.eINSTANCE.createWeight();
            weight.setPart(quality.get(i));
            weight.setPercent(percents[i]);
            areas.getWeights().add(weight);
        }
        ScoringScheme without = LeaveOneOut.without(scheme, "1A");
        AggregationRule copied = without.getAggregations().get(0);
        assertEquals(List.of("1B", "1C", "1D", "1E"), copied.getWeights().stream().map(w -> w.getPart().getId()).toList());
        DataImport data = CouncilDataReader.read(SharedData.file("ascof/trend_data.csv"),
            new ImportOptions(framework, "2023-24"));
        ScoringResult full = ScoringEngine.score(framework, scheme, data.dataSet(), "2023-24");
        ScoringResult less = ScoringEngine.score((Framework) EcoreUtil.getRootContainer(without), without,
            data.dataSet(), "2023-24");
        // Hartlepool has every measure of area 1: the four left weigh 15 each, i.e. their plain mean
        String hartlepool = "E06000001";
        double expected = (full.get(hartlepool, "1B").score() + full.get(hartlepool, "1C").score()
            + full.get(hartlepool, "1D").score() + full.get(hartlepool, "1E").score()) / 4;
        assertEquals(expected, less.get(hartlepool, "1").score(), 1e-9);
    }

    @Test
    void medianAndMaximumOfTheShifts() {
        double[] medianMax = LeaveOneOut.medianAndMax(new double[] {7, 0, 2, 1, 3});
        assertEquals(2, medianMax[0], 0);
        assertEquals(7, medianMax[1], 0);
        assertEquals(1.5, LeaveOneOut.medianAndMax(new double[] {0, 1, 2, 9})[0], 0);
        assertTrue(Double.isNaN(LeaveOneOut.medianAndMax(new double[0])[0]));
    }
}
