package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.framewright.model.FrameworkPackage;
import org.framewright.model.Provenance;
import org.framewright.model.ProvenanceStatus;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-PROV-02 (error): a provenance record whose status is derived, inferred or invented gives its reason: a fact
 * the source does not state must say why it is modelled so (issue 19). Fix: write the reason, or mark the fact
 * stated and give the source's location.
 */
public final class FW_PROV_02_ReasonForUnstatedFacts extends Rule<Provenance> {

    /** The rule's code. */
    public static final String CODE = "FW-PROV-02";

    /** The rule. */
    public FW_PROV_02_ReasonForUnstatedFacts() {
        super(CODE, Severity.ERROR, Provenance.class);
    }

    @Override
    protected void check(Provenance provenance, Consumer<ModelDiagnostic> sink) {
        if (provenance.getStatus() != ProvenanceStatus.STATED
                && (provenance.getReason() == null || provenance.getReason().isBlank())) {
            String about = provenance.getAttribute() == null || provenance.getAttribute().isEmpty()
                ? "the element" : "attribute '" + provenance.getAttribute() + "'";
            report(sink, provenance, FrameworkPackage.Literals.PROVENANCE__REASON,
                "marks " + about + " " + provenance.getStatus().getLiteral() + " without a reason");
        }
    }
}
