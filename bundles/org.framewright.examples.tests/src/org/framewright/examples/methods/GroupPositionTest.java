package org.framewright.examples.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.framewright.model.ComparatorGroup;
import org.framewright.model.ComparatorKind;
import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.MethodParameter;
import org.framewright.model.Polarity;
import org.framewright.model.methods.MethodDescriptor;
import org.framewright.model.methods.MethodKind;
import org.framewright.model.methods.ScoringMethods;
import org.framewright.scoring.MethodArguments;
import org.framewright.scoring.Normaliser.Normalised;
import org.junit.jupiter.api.Test;

/**
 * {@code group-position} on a hand-worked case: five councils A..E, a club "North" of A, B and C; the values 10, 20,
 * 30, 25, 5.
 */
class GroupPositionTest {

    private static final FrameworkFactory F = FrameworkFactory.eINSTANCE;

    private final DataSet data = F.createDataSet();
    private final List<Council> councils = new ArrayList<>();

    GroupPositionTest() {
        for (String id : List.of("A", "B", "C", "D", "E")) {
            Council council = F.createCouncil();
            council.setId(id);
            data.getCouncils().add(council);
            councils.add(council);
        }
        ComparatorGroup club = F.createComparatorGroup();
        club.setId("group-North");
        club.setName("North");
        club.setKind(ComparatorKind.CLUB);
        club.getMembers().addAll(List.of("A", "B", "C"));
        data.getComparatorGroups().add(club);
    }

    @Test
    void theRegistryListsTheMethodWithItsGroupParameter() {
        MethodDescriptor method = ScoringMethods.installed().find(MethodKind.INDICATOR_SCORING, "group-position");
        assertNotNull(method, "group-position is not installed");
        assertTrue(method.implementation() instanceof GroupPosition);
        assertTrue(method.parameter("group").required(), "the group has no default");
    }

    @Test
    void eachCouncilIsPlacedAmongTheClub() {
        Normalised scores = score("North", Polarity.HIGHER_IS_BETTER, 10.0, 20.0, 30.0, 25.0, 5.0);
        assertNull(scores.problem());
        // members: A (10) is worse than B and C -> 0; B (20) beats A of A, C -> 50; C beats both -> 100
        // outsiders among A, B, C and themselves: D (25) beats A and B -> 100 x 2/3; E (5) beats none -> 0
        assertEquals(Arrays.asList(0.0, 50.0, 100.0, Math.round(200.0 / 3 * 1e9) / 1e9, 0.0), rounded(scores.values()));
    }

    @Test
    void lowerIsBetterTurnsThePositionRound() {
        Normalised scores = score("group-North", Polarity.LOWER_IS_BETTER, 10.0, 20.0, 30.0, 25.0, 5.0);
        assertEquals(Arrays.asList(100.0, 50.0, 0.0, Math.round(100.0 / 3 * 1e9) / 1e9, 100.0), rounded(scores.values()));
    }

    @Test
    void aMissingValueIsUnscoredAndLeavesTheGroup() {
        Normalised scores = score("North", Polarity.HIGHER_IS_BETTER, 10.0, null, 30.0, 25.0, null);
        // the club is A and C with values: A 0, C 100; D beats A of A, C -> 50
        assertEquals(Arrays.asList(0.0, null, 100.0, 50.0, null), rounded(scores.values()));
    }

    @Test
    void aGroupTheDataDoesNotGiveLeavesTheIndicatorUnscoredAndSaysWhy() {
        Normalised scores = score("South", Polarity.HIGHER_IS_BETTER, 10.0, 20.0, 30.0, 25.0, 5.0);
        assertTrue(scores.values().stream().allMatch(v -> v == null));
        assertEquals("group-position: the data gives no comparator group 'South' (give the groups with the data,"
            + " e.g. score --groups FILE)", scores.problem());
    }

    private Normalised score(String group, Polarity polarity, Double... values) {
        Indicator indicator = F.createIndicator();
        indicator.setId("X1");
        indicator.setPolarity(polarity);
        IndicatorRule rule = F.createIndicatorRule();
        rule.setId("ir-group");
        rule.setMethod("group-position");
        MethodParameter parameter = F.createMethodParameter();
        parameter.setName(GroupPosition.GROUP);
        parameter.setValue(group);
        rule.getParameters().add(parameter);
        MethodArguments arguments = new MethodArguments(0, rule.getParameters(),
            ScoringMethods.installed().find(MethodKind.INDICATOR_SCORING, "group-position"));
        return new GroupPosition().score(rule, indicator, councils, Arrays.asList(values), arguments);
    }

    private static List<Double> rounded(List<Double> values) {
        return values.stream().map(v -> v == null ? null : Math.round(v * 1e9) / 1e9).toList();
    }
}
