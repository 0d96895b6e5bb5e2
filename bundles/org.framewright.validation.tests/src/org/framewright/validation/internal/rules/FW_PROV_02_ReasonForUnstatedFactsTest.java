package org.framewright.validation.internal.rules;

import org.framewright.model.Provenance;
import org.framewright.model.ProvenanceStatus;
import org.junit.jupiter.api.Test;

/** Rule FW-PROV-02: fixture plus oracle, one violating and one clean element. */
class FW_PROV_02_ReasonForUnstatedFactsTest {

    private final Fixture fx = new Fixture();

    @Test
    void anInferredPolarityWithoutReasonIsAnError() {
        Provenance inferred = Fixture.F.createProvenance();
        inferred.setAttribute("polarity");
        inferred.setStatus(ProvenanceStatus.INFERRED);
        fx.i1.getProvenance().add(inferred);
        Provenance reasoned = Fixture.F.createProvenance();
        reasoned.setAttribute("polarity");
        reasoned.setStatus(ProvenanceStatus.INFERRED);
        reasoned.setReason("a higher proportion is better; the source states no polarity");
        fx.i2.getProvenance().add(reasoned);

        fx.assertReportsOnly(FW_PROV_02_ReasonForUnstatedFacts.CODE, inferred, reasoned);
    }
}
