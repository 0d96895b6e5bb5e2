package org.framewright.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framewright.model.ComparatorGroup;
import org.framewright.model.ComparatorKind;
import org.framewright.model.DataSet;
import org.framewright.model.Denomination;
import org.framewright.model.Frequency;
import org.framewright.model.Imputation;
import org.framewright.model.ImputationMethod;
import org.junit.jupiter.api.Test;

/**
 * Imputation, the second data treatment, on the tiny framework, worked by hand: from the council's nearest
 * neighbours in the period (C1's group is C1..C4, as Oflog's groups list the council itself), and from its own
 * earlier and later periods.
 */
class ImputationsTest {

    private final TinyFramework tiny = new TinyFramework();

    private Imputation impute(ImputationMethod method) {
        Imputation imputation = TinyFramework.F.createImputation();
        imputation.setId("imp");
        imputation.setMethod(method);
        imputation.getIndicators().add(tiny.x);
        tiny.scheme.getImputations().add(imputation);
        return imputation;
    }

    /** C1 has Y but no X; its neighbours C2, C3, C4 have X 10, 20, 60; C5 (not a neighbour) 1000; C6 no data. */
    private static DataSet neighbours() {
        DataSet data = new CouncilData().value("C1", "Y", 5.0).value("C2", "X", 10.0).value("C3", "X", 20.0)
            .value("C4", "X", 60.0).value("C5", "X", 1000.0).council("C6").build();
        ComparatorGroup group = TinyFramework.F.createComparatorGroup();
        group.setId("nn-C1");
        group.setKind(ComparatorKind.SIMILAR_COUNCILS);
        group.setAnchor("C1");
        group.getMembers().addAll(List.of("C1", "C2", "C3", "C4"));
        data.getComparatorGroups().add(group);
        return data;
    }

    @Test
    void comparatorGroupMedianAndMean() {
        Imputation imputation = impute(ImputationMethod.COMPARATOR_MEDIAN);
        ScoringResult result = ScoringEngine.score(tiny.framework, tiny.scheme, neighbours(), null);
        NodeResult c1 = result.get("C1", "X");
        assertEquals(20.0, c1.score()); // median of 10, 20, 60
        assertNull(c1.rawValue());
        assertEquals(List.of("imputed (imp): comparator-group median of 3 councils -> 20"), c1.notes());
        assertEquals(List.of("no value in the data", "imputed (imp): comparator-group median of 3 councils -> 20"),
            c1.explanation());
        assertNull(result.get("C6", "X").score(), "a council without data in the period is not invented");
        assertTrue(result.get("C6", "X").notes().stream().noneMatch(n -> n.contains("imputed")));
        assertTrue(result.notes().contains("imputation imp of indicator X (comparator median): 1 value(s) imputed"),
            result.notes().toString());

        imputation.setMethod(ImputationMethod.COMPARATOR_MEAN);
        result = ScoringEngine.score(tiny.framework, tiny.scheme, neighbours(), null);
        assertEquals(30.0, result.get("C1", "X").score()); // (10 + 20 + 60) / 3
    }

    @Test
    void imputesTheDenominatedValueAfterDenomination() {
        impute(ImputationMethod.COMPARATOR_MEDIAN);
        Denomination denomination = TinyFramework.F.createDenomination();
        denomination.setId("d");
        denomination.getIndicators().add(tiny.x);
        denomination.setDenominatorColumn("pop");
        denomination.setMultiplier(100);
        tiny.scheme.getDenominations().add(denomination);
        DataSet data = neighbours();
        CouncilData pops = new CouncilData();
        for (String council : List.of("C2", "C3", "C4", "C5")) {
            pops.value(council, "pop", 200.0);
        }
        pops.build().getObservations().forEach(o -> o.setCouncil(data.getCouncils().stream()
            .filter(c -> c.getId().equals(o.getCouncil().getId())).findFirst().orElseThrow()));
        data.getObservations().addAll(List.copyOf(pops.build().getObservations()));
        ScoringResult result = ScoringEngine.score(tiny.framework, tiny.scheme, data, null);
        assertEquals(5.0, result.get("C2", "X").score()); // 10 / 200 x 100
        assertEquals(10.0, result.get("C1", "X").score()); // median of 5, 10, 30
    }

    @Test
    void refusesComparatorMethodsWhenTheDataHasNoGroups() {
        impute(ImputationMethod.COMPARATOR_MEDIAN);
        DataSet data = new CouncilData().value("C1", "Y", 5.0).value("C2", "X", 10.0).build();
        ScoringException refused = assertThrows(ScoringException.class,
            () -> ScoringEngine.score(tiny.framework, tiny.scheme, data, null));
        assertEquals("FW-TREAT-03 imputation 'imp': comparator median needs the councils' similar councils groups, but "
            + "the data has no similar councils group (the CLI reads them with --groups FILE, the workbench's views "
            + "and Write Report with their Groups: choice, e.g. Oflog's NN.json)",
            refused.getMessage());
    }

    /**
     * C1's X: 40 in 2020-21, no row in 2021-22 (the data has no such year), missing in 2022-23 (scored), 70 in
     * 2023-24. Annual data count the gap: 2022-23 is two thirds of the way, 40 + 30 x 2/3 = 60.
     */
    private static DataSet series() {
        DataSet data = new CouncilData()
            .value("C1", "2020-21", "X", null, null, 40.0).value("C1", "2022-23", "Y", null, null, 5.0)
            .value("C1", "2023-24", "X", null, null, 70.0)
            .value("C2", "2022-23", "X", null, null, 50.0).value("C2", "2023-24", "X", null, null, 55.0).build();
        data.setFrequency(Frequency.ANNUAL);
        return data;
    }

    @Test
    void latestEarlierValue() {
        impute(ImputationMethod.LATEST_EARLIER);
        ScoringResult result = ScoringEngine.score(tiny.framework, tiny.scheme, series(), "2022-23");
        assertEquals(40.0, result.get("C1", "X").score());
        assertEquals(List.of("imputed (imp): latest earlier value (2020-21) -> 40"), result.get("C1", "X").notes());
        assertEquals(50.0, result.get("C2", "X").score(), "a value in the data stays");
    }

    @Test
    void linearInterpolationBetweenTheNearestEarlierAndLaterPeriods() {
        impute(ImputationMethod.LINEAR_INTERPOLATION);
        ScoringResult result = ScoringEngine.score(tiny.framework, tiny.scheme, series(), "2022-23");
        assertEquals(60.0, result.get("C1", "X").score());
        assertEquals(List.of("imputed (imp): linear interpolation between 2020-21 (40) and 2023-24 (70) -> 60"),
            result.get("C1", "X").notes());
        ScoringResult latest = ScoringEngine.score(tiny.framework, tiny.scheme, series(), "2023-24");
        assertEquals(70.0, latest.get("C1", "X").score());
    }

    @Test
    void noLaterValueIsNoInterpolation() {
        impute(ImputationMethod.LINEAR_INTERPOLATION);
        DataSet data = series();
        data.getObservations().removeIf(o -> "2023-24".equals(o.getPeriod()) && "C1".equals(o.getCouncil().getId()));
        data.getObservations().add(copyOf(data, "C1", "2023-24", "Y"));
        ScoringResult result = ScoringEngine.score(tiny.framework, tiny.scheme, data, "2022-23");
        assertNull(result.get("C1", "X").score());
        assertEquals(List.of("not imputed (imp): no later value to interpolate from", "no value in the data: unscored"),
            result.get("C1", "X").notes());
    }

    private static org.framewright.model.Observation copyOf(DataSet data, String council, String period, String id) {
        org.framewright.model.Observation observation = TinyFramework.F.createObservation();
        observation.setCouncil(data.getCouncils().stream().filter(c -> c.getId().equals(council)).findFirst()
            .orElseThrow());
        observation.setPeriod(period);
        observation.setNodeId(id);
        observation.setValue(1.0);
        return observation;
    }
}
