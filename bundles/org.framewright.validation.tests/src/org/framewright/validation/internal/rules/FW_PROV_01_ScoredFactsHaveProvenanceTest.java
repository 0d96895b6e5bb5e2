package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framewright.model.Provenance;
import org.framewright.model.ProvenanceStatus;
import org.framewright.validation.OptionalRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rule FW-PROV-01: fixture plus oracle, one violating and one clean element; off until enabled. */
class FW_PROV_01_ScoredFactsHaveProvenanceTest {

    private final Fixture fx = new Fixture();

    @AfterEach
    void disable() {
        OptionalRules.disable(List.of(FW_PROV_01_ScoredFactsHaveProvenance.CODE));
    }

    private void giveProvenanceToAllBut(org.framewright.model.ModelElement except) {
        fx.framework.eAllContents().forEachRemaining(o -> {
            if ((o instanceof org.framewright.model.Indicator || o instanceof org.framewright.model.Area) && o != except) {
                Provenance p = Fixture.F.createProvenance();
                p.setSource("002");
                p.setStatus(ProvenanceStatus.STATED);
                ((org.framewright.model.ModelElement) o).getProvenance().add(p);
            }
        });
    }

    @Test
    void aScoredIndicatorWithoutProvenanceIsWarnedAboutOnceEnabled() {
        giveProvenanceToAllBut(fx.i1);
        OptionalRules.enable(List.of(FW_PROV_01_ScoredFactsHaveProvenance.CODE));

        fx.assertReportsOnly(FW_PROV_01_ScoredFactsHaveProvenance.CODE, fx.i1, fx.i2);
    }

    @Test
    void isOffByDefault() {
        giveProvenanceToAllBut(fx.i1);

        assertTrue(fx.diagnostics(FW_PROV_01_ScoredFactsHaveProvenance.CODE).isEmpty());
    }
}
