package org.framewright.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;

import org.framewright.model.FrameworkFactory;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.MethodParameter;
import org.framewright.model.Polarity;
import org.framewright.model.methods.MethodKind;
import org.framewright.model.methods.ScoringMethods;
import org.framewright.scoring.MethodArguments;
import org.framewright.scoring.Normaliser.Normalised;
import org.junit.jupiter.api.Test;

/** Goalposts normalisation against cases worked by hand: posts, capping, polarity, and posts that cannot work. */
class GoalpostsScoringTest {

    private static final GoalpostsScoring GOALPOSTS = new GoalpostsScoring();

    private static Normalised score(Polarity polarity, List<Double> values, String... nameValue) {
        IndicatorRule rule = FrameworkFactory.eINSTANCE.createIndicatorRule();
        rule.setMethod("goalposts");
        for (int i = 0; i < nameValue.length; i += 2) {
            MethodParameter parameter = FrameworkFactory.eINSTANCE.createMethodParameter();
            parameter.setName(nameValue[i]);
            parameter.setValue(nameValue[i + 1]);
            rule.getParameters().add(parameter);
        }
        Indicator indicator = FrameworkFactory.eINSTANCE.createIndicator();
        indicator.setPolarity(polarity);
        MethodArguments arguments = new MethodArguments(0, rule.getParameters(),
            ScoringMethods.installed().find(MethodKind.INDICATOR_SCORING, "goalposts"));
        return GOALPOSTS.score(rule, indicator, List.of(), values, arguments);
    }

    @Test
    void valuesBetweenThePostsScaleLinearlyAndBeyondThemAreCapped() {
        Normalised n = score(Polarity.HIGHER_IS_BETTER, Arrays.asList(15.0, 10.0, 20.0, 25.0, 5.0, null, 12.5),
            "low", "10", "high", "20");
        assertNull(n.problem());
        assertEquals(Arrays.asList(50.0, 0.0, 100.0, 100.0, 0.0, null, 25.0), n.values());
    }

    @Test
    void lowerIsBetterTurnsThePostsRound() {
        // (20 - 12) / (20 - 10) = 0.8
        Normalised n = score(Polarity.LOWER_IS_BETTER, List.of(12.0, 9.0, 21.0), "low", "10", "high", "20");
        assertEquals(List.of(80.0, 100.0, 0.0), n.values());
    }

    @Test
    void theScaleSetsTheBestScore() {
        Normalised n = score(Polarity.NO_JUDGEMENT, List.of(0.25, 1.5), "low", "0", "high", "1", "scale", "4");
        assertEquals(List.of(1.0, 4.0), n.values());
    }

    @Test
    void postsThatCannotWorkLeaveTheIndicatorUnscoredWithAReason() {
        Normalised crossed = score(Polarity.HIGHER_IS_BETTER, List.of(1.0), "low", "20", "high", "10");
        assertEquals("goalposts: the low post 20.0 is not below the high post 10.0", crossed.problem());
        assertEquals(Arrays.asList((Double) null), crossed.values());
        Normalised missing = score(Polarity.HIGHER_IS_BETTER, List.of(1.0), "low", "20");
        assertEquals("goalposts: the rule gives no low or high post", missing.problem());
    }
}
