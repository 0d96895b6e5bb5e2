package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.InputSelection;
import org.junit.jupiter.api.Test;

/** Rule FW-REF-05: fixture plus oracle, one violating and one clean element. */
class FW_REF_05_InputsPresentTest {

    private final Fixture fx = new Fixture();

    @Test
    void anAreaWhoseLastChildWasDeletedIsReported() {
        fx.leaves.getAreas().remove(fx.a2);
        AggregationRule emptied = fx.aggregation("agg-a2", AggregationMethod.MEAN, InputSelection.CHILDREN);
        emptied.getAreas().add(fx.a2);

        fx.assertReportsOnly(FW_REF_05_InputsPresent.CODE, emptied, fx.leaves);
        assertEquals("ERROR FW-REF-05 fx/s/agg-a2: Aggregation rule 'agg-a2' (The agg-a2) of scheme 's': aggregates"
            + " the child areas of area 'a2', which has none, so it is never scored",
            fx.diagnostics(FW_REF_05_InputsPresent.CODE).get(0).toString());
    }

    @Test
    void aChildThatNoRuleComputesIsReported() {
        Area extra = Fixture.named(Fixture.F.createArea(), "a3");
        fx.top.getChildren().add(extra);
        AggregationRule parent = fx.aggregation("agg-parent", AggregationMethod.MEAN, InputSelection.CHILDREN);
        Area parentArea = Fixture.named(Fixture.F.createArea(), "p");
        fx.framework.getAreas().add(parentArea);
        parentArea.getChildren().add(Fixture.named(Fixture.F.createArea(), "orphan"));
        parent.getAreas().add(parentArea);
        fx.leaves.getAreas().add(extra);
        extra.getIndicators().add(fx.i1);

        fx.assertReportsOnly(FW_REF_05_InputsPresent.CODE, parent, fx.overall);
    }

    @Test
    void theAreasOfARuleThatAlsoComputesTheOverallResultAreChecked() {
        // a rule with overall set computes its areas too (the model's queries, issue 13), so their inputs count
        fx.leaves.getAreas().remove(fx.a2);
        fx.overall.getAreas().add(fx.a2);

        fx.assertReportsOnly(FW_REF_05_InputsPresent.CODE, fx.overall, fx.leaves);
        assertEquals("ERROR FW-REF-05 fx/s/agg-overall: Aggregation rule 'agg-overall' (The agg-overall) of scheme 's':"
            + " aggregates the child areas of area 'a2', which has none, so it is never scored",
            fx.diagnostics(FW_REF_05_InputsPresent.CODE).get(0).toString());
    }
}
