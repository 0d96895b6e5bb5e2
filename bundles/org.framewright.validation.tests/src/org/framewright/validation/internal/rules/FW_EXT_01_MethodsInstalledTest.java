package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.InputSelection;
import org.framewright.validation.ModelDiagnostic;
import org.junit.jupiter.api.Test;

/** Rule FW-EXT-01: fixture plus oracle, a rule naming a method nobody contributes and the built-in methods. */
class FW_EXT_01_MethodsInstalledTest {

    private final Fixture fx = new Fixture();

    @Test
    void aMethodNoInstalledPluginProvidesIsReportedByItsId() {
        AggregationRule broken = fx.aggregation("agg-broken", AggregationMethod.MEAN, InputSelection.GROUPS);
        broken.setMethod("harmonic-mean-of-nowhere");

        fx.assertReportsOnly(FW_EXT_01_MethodsInstalled.CODE, broken, fx.topRule);
        List<ModelDiagnostic> found = fx.diagnostics(FW_EXT_01_MethodsInstalled.CODE);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("aggregation method 'harmonic-mean-of-nowhere': no installed plugin"
            + " provides it"), found.get(0).message());
    }

    @Test
    void theBuiltInMethodsOfEveryRuleAreInstalled() {
        fx.indicatorRule.setNormalisation("minmax");

        assertEquals(List.of(), fx.diagnostics(FW_EXT_01_MethodsInstalled.CODE));
    }
}
