package org.framewright.validation.internal.rules;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.framewright.model.BandChange;
import org.framewright.model.Descriptor;
import org.framewright.model.FrameworkPackage.Literals;
import org.framewright.model.MethodChange;
import org.framewright.model.MissingDataChange;
import org.framewright.model.NormalisationChange;
import org.framewright.model.TargetChange;
import org.framewright.model.WeightChange;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-REF-04: a scenario change names what it changes (a weight change its rule and part, a method, missing-data or
 * normalisation change its rule, a band change its band, a target change its indicator) and a descriptor its area
 * and level. Deleting the rule, part, band, indicator or area empties these references; the change would then do
 * nothing and the descriptor describe nothing, silently. Fix: name the target again, or delete the change.
 */
public final class FW_REF_04_ChangesNameTheirTargets extends Rule<EObject> {

    /** The rule's code. */
    public static final String CODE = "FW-REF-04";

    /** The rule. */
    public FW_REF_04_ChangesNameTheirTargets() {
        super(CODE, Severity.ERROR, EObject.class);
    }

    @Override
    protected void check(EObject element, Consumer<ModelDiagnostic> sink) {
        for (EReference needed : needed(element)) {
            if (element.eGet(needed) == null) {
                report(sink, element, needed, "names no " + needed.getName()
                    + " (was it deleted?), so it " + (element instanceof Descriptor ? "describes" : "changes")
                    + " nothing");
            }
        }
    }

    /** The references that {@code element} cannot do without. */
    private static List<EReference> needed(EObject element) {
        return switch (element) {
            case WeightChange change -> List.of(Literals.WEIGHT_CHANGE__RULE, Literals.WEIGHT_CHANGE__PART);
            case MethodChange change -> List.of(Literals.METHOD_CHANGE__RULE);
            case MissingDataChange change -> List.of(Literals.MISSING_DATA_CHANGE__RULE);
            case NormalisationChange change -> List.of(Literals.NORMALISATION_CHANGE__RULE);
            case BandChange change -> List.of(Literals.BAND_CHANGE__BAND);
            case TargetChange change -> List.of(Literals.TARGET_CHANGE__INDICATOR);
            case Descriptor descriptor -> List.of(Literals.DESCRIPTOR__AREA, Literals.DESCRIPTOR__LEVEL);
            default -> List.of();
        };
    }
}
