package org.framewright.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.internal.rules.Rule;
import org.framewright.validation.internal.rules.Rules;

/**
 * The checks of one element, one at a time, as {@link FrameworkValidator} runs them on it within a whole-model run:
 * check 0 is EMF's default constraints, check i + 1 is {@code Rules.ALL.get(i)}. Counts the checks it evaluates (a
 * rule on an element of a kind it does not check is no evaluation).
 */
public final class ElementChecks {

    /** The number of checks: EMF's default constraints and every rule. */
    public static final int COUNT = Rules.ALL.size() + 1;

    private final EObject root;
    private final FrameworkValidator validator = new FrameworkValidator();
    private final Map<Object, Object> context = new FrameworkDiagnostician().createDefaultContext();
    private long evaluations;

    /** @param root the framework: EMF diagnostics that name no element are put on it */
    public ElementChecks(EObject root) {
        this.root = root;
    }

    /** Whether check {@code check} applies to {@code element}. */
    public static boolean applies(int check, EObject element) {
        return check == 0 || Rules.ALL.get(check - 1).appliesTo(element);
    }

    /** The rule of check {@code check} (0 is EMF's constraints, which have none). */
    public static Rule<?> rule(int check) {
        return check == 0 ? null : Rules.ALL.get(check - 1);
    }

    /** The problems check {@code check} finds on {@code element}, in the order a whole-model run reports them. */
    public List<ModelDiagnostic> run(int check, EObject element) {
        if (!applies(check, element)) {
            return List.of();
        }
        List<ModelDiagnostic> found = new ArrayList<>();
        evaluations++;
        if (check == 0) {
            // EMF's circular-containment check takes the first object it sees in a context as the root of the run
            if (element == root) {
                context.remove(EObjectValidator.ROOT_OBJECT);
            } else {
                context.put(EObjectValidator.ROOT_OBJECT, root);
            }
            BasicDiagnostic chain = new BasicDiagnostic();
            validator.validate_EveryDefaultConstraint(element, chain, context);
            for (Diagnostic child : chain.getChildren()) {
                DiagnosticConverter.collect(child, root, found);
            }
        } else {
            rule(check).validate(element, found::add);
        }
        // most checks find nothing: keep no empty list per element and check
        return found.isEmpty() ? List.of() : found;
    }

    /** The checks evaluated so far. */
    public long evaluations() {
        return evaluations;
    }
}
