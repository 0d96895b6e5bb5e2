package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.InputSelection;
import org.framewright.model.MethodParameter;
import org.framewright.validation.ModelDiagnostic;
import org.junit.jupiter.api.Test;

/**
 * Rule FW-EXT-02: fixture plus oracle, with the parameters the methods of org.framewright.methods declare
 * (generalised-mean: r decimal -50..50 default 1, nonPositive one of refuse, zero; goalposts: low and high required).
 */
class FW_EXT_02_MethodParametersFitTest {

    private final Fixture fx = new Fixture();

    private static void give(List<MethodParameter> parameters, String name, String value) {
        MethodParameter parameter = FrameworkFactory.eINSTANCE.createMethodParameter();
        parameter.setName(name);
        parameter.setValue(value);
        parameters.add(parameter);
    }

    private List<String> messages() {
        return fx.diagnostics(FW_EXT_02_MethodParametersFit.CODE).stream().map(ModelDiagnostic::message).toList();
    }

    private AggregationRule generalised(String id) {
        AggregationRule rule = fx.aggregation(id, AggregationMethod.MEAN, InputSelection.GROUPS);
        rule.setMethod("generalised-mean");
        return rule;
    }

    @Test
    void anOrderOutOfRangeIsReportedOnItsRule() {
        AggregationRule broken = generalised("agg-r-200");
        give(broken.getParameters(), "r", "200");
        AggregationRule fine = generalised("agg-r-half");
        give(fine.getParameters(), "r", "0.5");

        fx.assertReportsOnly(FW_EXT_02_MethodParametersFit.CODE, broken, fine);
        assertEquals(List.of("parameter 'r' of aggregation method 'generalised-mean': 200.0 is outside -50.0..50.0"),
            messages().stream().map(m -> m.substring(m.indexOf("parameter"))).toList());
    }

    @Test
    void aPolicyMustBeOneOfTheChoices() {
        AggregationRule broken = generalised("agg-policy");
        give(broken.getParameters(), "nonPositive", "ignore");

        fx.assertReportsOnly(FW_EXT_02_MethodParametersFit.CODE, broken, fx.topRule);
        assertEquals(1, messages().size());
        assertEquals(true, messages().get(0).endsWith("parameter 'nonPositive' of aggregation method 'generalised-mean':"
            + " 'ignore' is not one of refuse, zero"), messages().get(0));
    }

    @Test
    void undeclaredAndRepeatedParametersAreReported() {
        AggregationRule broken = generalised("agg-extra");
        give(broken.getParameters(), "order", "2");
        give(broken.getParameters(), "r", "2");
        give(broken.getParameters(), "r", "3");

        fx.assertReportsOnly(FW_EXT_02_MethodParametersFit.CODE, broken, fx.topRule);
        List<String> messages = messages();
        assertEquals(2, messages.size(), messages.toString());
        assertEquals(true, messages.get(0).endsWith("parameter 'order' is not a parameter of aggregation method"
            + " 'generalised-mean' (its parameters: r, nonPositive)"), messages.get(0));
        assertEquals(true, messages.get(1).endsWith("parameter 'r' of aggregation method 'generalised-mean' is given"
            + " twice"), messages.get(1));
    }

    @Test
    void goalpostsNeedBothPosts() {
        fx.indicatorRule.setMethod("goalposts");
        give(fx.indicatorRule.getParameters(), "low", "10");

        fx.assertReportsOnly(FW_EXT_02_MethodParametersFit.CODE, fx.indicatorRule, fx.topRule);
        assertEquals(1, messages().size());
        assertEquals(true, messages().get(0).endsWith("indicator scoring method 'goalposts' needs parameter 'high'"
            + " (the high post, in the indicator's units; above the low post)"), messages().get(0));
    }

    @Test
    void methodsWithoutParametersAndDefaultsAreClean() {
        generalised("agg-defaults");

        assertEquals(List.of(), messages());
    }
}
