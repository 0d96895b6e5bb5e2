package org.framewright.scoring;

import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.IndicatorScoringMethod;
import org.framewright.model.InputSelection;
import org.framewright.model.MissingDataPolicy;
import org.framewright.model.Polarity;
import org.framewright.model.RankingOrder;
import org.framewright.model.Scale;
import org.framewright.model.ScaleLevel;
import org.framewright.model.ScoringScheme;
import org.framewright.model.Weight;

/**
 * Test fixture: a small framework built in code. Areas A (children A1 with indicators X and Y, A2 with indicator Z)
 * and B (scored from its own value); X higher is better, Y lower is better, Z higher is better with target 10.
 * Scheme {@code s}: indicators scored by value; A1 = mean of its indicators, A2 = mean, A = weighted mean of A1 (60)
 * and A2 (40), B = direct, overall = mean of A and B on a 1-4 grade scale, ranked highest first.
 */
final class TinyFramework {

    static final FrameworkFactory F = FrameworkFactory.eINSTANCE;

    final Framework framework = F.createFramework();
    final ScoringScheme scheme = F.createScoringScheme();
    final Scale grades = F.createScale();
    final Indicator x = indicator("X", Polarity.HIGHER_IS_BETTER, null);
    final Indicator y = indicator("Y", Polarity.LOWER_IS_BETTER, null);
    final Indicator z = indicator("Z", Polarity.HIGHER_IS_BETTER, 10.0);
    final Area a = area("A");
    final Area a1 = area("A1");
    final Area a2 = area("A2");
    final Area b = area("B");
    final IndicatorRule indicatorRule = F.createIndicatorRule();
    final AggregationRule ruleA1 = rule("r-A1", AggregationMethod.MEAN, InputSelection.INDICATORS, a1);
    final AggregationRule ruleA2 = rule("r-A2", AggregationMethod.MEAN, InputSelection.INDICATORS, a2);
    final AggregationRule ruleA = rule("r-A", AggregationMethod.WEIGHTED_MEAN, InputSelection.CHILDREN, a);
    final AggregationRule ruleB = rule("r-B", AggregationMethod.MEAN, InputSelection.DIRECT, b);
    final AggregationRule overall = rule("r-overall", AggregationMethod.MEAN, InputSelection.CHILDREN);

    TinyFramework() {
        framework.setId("tiny");
        framework.getAreas().add(a);
        framework.getAreas().add(b);
        a.getChildren().add(a1);
        a.getChildren().add(a2);
        a1.getIndicators().add(x);
        a1.getIndicators().add(y);
        a2.getIndicators().add(z);
        scheme.setId("s");
        framework.getSchemes().add(scheme);
        grades.setId("grades");
        for (int i = 1; i <= 4; i++) {
            ScaleLevel level = F.createScaleLevel();
            level.setId("g" + i);
            level.setName("grade " + i);
            level.setValue(i);
            grades.getLevels().add(level);
        }
        scheme.getScales().add(grades);
        indicatorRule.setId("ir");
        indicatorRule.setMethod(IndicatorScoringMethod.VALUE.id());
        scheme.getIndicatorRules().add(indicatorRule);
        weight(ruleA, a1, 60);
        weight(ruleA, a2, 40);
        overall.setOverall(true);
        scheme.setRanking(RankingOrder.HIGHEST_FIRST);
    }

    ScaleLevel grade(int value) {
        return grades.getLevels().get(value - 1);
    }

    private Indicator indicator(String id, Polarity polarity, Double target) {
        Indicator indicator = F.createIndicator();
        indicator.setId(id);
        indicator.setPolarity(polarity);
        indicator.setTarget(target);
        framework.getIndicators().add(indicator);
        return indicator;
    }

    private static Area area(String id) {
        Area area = F.createArea();
        area.setId(id);
        return area;
    }

    private AggregationRule rule(String id, AggregationMethod method, InputSelection inputs, Area... areas) {
        AggregationRule rule = F.createAggregationRule();
        rule.setId(id);
        rule.setMethod(method.id());
        rule.setInputs(inputs);
        rule.setMissingData(MissingDataPolicy.EXCLUDE_AND_REWEIGHT);
        for (Area area : areas) {
            rule.getAreas().add(area);
        }
        scheme.getAggregations().add(rule);
        return rule;
    }

    static void weight(AggregationRule rule, org.framewright.model.ModelElement part, double percent) {
        Weight weight = F.createWeight();
        weight.setPart(part);
        weight.setPercent(percent);
        rule.getWeights().add(weight);
    }

    ScoringResult score(CouncilData data) {
        return ScoringEngine.score(framework, scheme, data.build(), null);
    }
}
