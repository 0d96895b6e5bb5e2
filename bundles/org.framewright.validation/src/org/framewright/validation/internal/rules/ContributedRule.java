package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.ModelRule;
import org.framewright.validation.Severity;

/** A plugin's {@link ModelRule}, run like a built-in rule with the id, severity and message its contribution declares. */
final class ContributedRule extends Rule<EObject> {

    private final ModelRule rule;
    private final Class<? extends EObject> target;
    private final String message;

    ContributedRule(String id, Severity severity, Class<? extends EObject> target, String message, ModelRule rule,
            boolean optional) {
        super(id, severity, EObject.class, optional);
        this.target = target;
        this.message = message;
        this.rule = rule;
    }

    @Override
    protected void check(EObject element, Consumer<ModelDiagnostic> sink) {
        if (target.isInstance(element)) {
            rule.check(element, (at, feature, problem) -> report(sink, at, feature, problem == null ? message : problem));
        }
    }
}
