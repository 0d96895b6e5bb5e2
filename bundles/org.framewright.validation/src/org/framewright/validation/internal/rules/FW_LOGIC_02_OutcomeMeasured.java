package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.framewright.model.FrameworkPackage;
import org.framewright.model.LeadsTo;
import org.framewright.model.LogicElement;
import org.framewright.model.LogicElementKind;
import org.framewright.model.LogicModel;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-LOGIC-02 (warning): an outcome nobody measures cannot be assessed. An outcome counts as measured when an
 * indicator is attached to it, or to an element that leads to it directly: logic models often measure a hard-to-
 * measure outcome through the outputs that produce it (ADASS Option Two lists outcome statements beside the output
 * measures that lead to them). Fix: attach an indicator to the outcome or to an element leading to it.
 */
public final class FW_LOGIC_02_OutcomeMeasured extends Rule<LogicElement> {

    /** The rule's code. */
    public static final String CODE = "FW-LOGIC-02";

    /** The rule. */
    public FW_LOGIC_02_OutcomeMeasured() {
        super(CODE, Severity.WARNING, LogicElement.class);
    }

    @Override
    protected void check(LogicElement element, Consumer<ModelDiagnostic> sink) {
        if (element.getKind() != LogicElementKind.OUTCOME || !element.getIndicators().isEmpty()) {
            return;
        }
        if (element.eContainer() instanceof LogicModel model) {
            for (LeadsTo link : model.getLinks()) {
                if (link.getTarget() == element && link.getSource() != null
                        && !link.getSource().getIndicators().isEmpty()) {
                    return;
                }
            }
        }
        report(sink, element, FrameworkPackage.Literals.LOGIC_ELEMENT__INDICATORS,
            "no indicator measures this outcome, nor any element that leads to it");
    }
}
