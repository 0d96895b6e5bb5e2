package org.framewright.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A validation rule contributed by a plugin to {@code org.framewright.validation.rules}. The contribution declares the
 * rule's id, severity, target model class, message and description; the validator calls {@link #check} on every
 * element of the target class (and its subclasses), wherever Framewright validates: {@code ./framewright validate},
 * scoring's preconditions, the Problems view and the diagrams' decorations. Stateless: one instance checks every
 * model.
 */
public interface ModelRule {

    /** Checks one element of the target class, reporting each problem to {@code problems}. */
    void check(EObject element, Problems problems);

    /** Where a rule reports what it finds. */
    interface Problems {

        /**
         * Reports a problem of {@code element} (usually the checked one). The diagnostic carries the rule's id and
         * severity, and its message is the element's kind, id and name, a colon and {@code problem}.
         *
         * @param feature the offending feature, or null
         * @param problem what is wrong, or null for the message declared in the contribution
         */
        void report(EObject element, EStructuralFeature feature, String problem);
    }
}
