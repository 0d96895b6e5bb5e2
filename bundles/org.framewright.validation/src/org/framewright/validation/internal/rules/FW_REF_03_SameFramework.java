package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.model.FrameworkPackage;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;
import org.framewright.validation.internal.ElementNames;

/**
 * FW-REF-03: only {@code basedOn} may refer to another framework; every other reference stays inside the
 * framework (an area of this framework cannot list another framework's indicator: lineage is stated with
 * {@code predecessorIds}). Fix: refer to this framework's element, or record the lineage instead.
 */
public final class FW_REF_03_SameFramework extends ReferenceRule {

    /** The rule's code. */
    public static final String CODE = "FW-REF-03";

    /** The rule. */
    public FW_REF_03_SameFramework() {
        super(CODE, Severity.ERROR);
    }

    @Override
    protected void check(EObject element, EReference reference, EObject target, Consumer<ModelDiagnostic> sink) {
        if (target.eIsProxy() || reference == FrameworkPackage.Literals.FRAMEWORK__BASED_ON) {
            return;
        }
        EObject otherRoot = EcoreUtil.getRootContainer(target);
        if (otherRoot != EcoreUtil.getRootContainer(element)) {
            report(sink, element, reference, reference.getName() + " refers to "
                + ElementNames.kind(target).toLowerCase() + " " + ElementNames.ref(target) + " of "
                + ElementNames.kind(otherRoot).toLowerCase() + " " + ElementNames.ref(otherRoot)
                + "; only basedOn may refer to another framework");
        }
    }
}
