package org.framewright.validation.internal.rules;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.OptionalRules;
import org.framewright.validation.Severity;
import org.framewright.validation.internal.ElementNames;

/**
 * One validation rule: a stable code ({@code FW-<AREA>-<NN>}), a severity and the class of elements it checks.
 * Subclasses implement {@link #check} and report each problem with {@link #report}; the message they give is
 * prefixed with the element's description ({@link ElementNames#describe}).
 *
 * @param <T> the kind of element the rule checks
 */
public abstract class Rule<T extends EObject> {

    private final String code;
    private final Severity severity;
    private final Class<T> target;
    private final boolean optional;

    /**
     * @param code the rule's code, e.g. {@code FW-WEIGHT-01}
     * @param severity the severity of every problem it reports
     * @param target the kind of element it checks
     */
    protected Rule(String code, Severity severity, Class<T> target) {
        this(code, severity, target, false);
    }

    /**
     * @param code the rule's code, e.g. {@code FW-PROV-01}
     * @param severity the severity of every problem it reports
     * @param target the kind of element it checks
     * @param optional whether the rule is off until the user enables it ({@link OptionalRules})
     */
    protected Rule(String code, Severity severity, Class<T> target, boolean optional) {
        this.code = code;
        this.severity = severity;
        this.target = target;
        this.optional = optional;
    }

    /** Whether the rule runs only when the user enables it ({@link OptionalRules#enable}). */
    public final boolean optional() {
        return optional;
    }

    /** The rule's code, e.g. {@code FW-WEIGHT-01}. */
    public final String code() {
        return code;
    }

    /** The severity of the problems it reports. */
    public final Severity severity() {
        return severity;
    }

    /** Whether the rule checks elements of {@code element}'s kind. */
    public final boolean appliesTo(EObject element) {
        return target.isInstance(element);
    }

    /**
     * The kinds of elements, other than the checked element, its containers, the elements it refers to and those
     * referring to them, whose change can change the rule's verdict on any element (e.g. every indicator, for a
     * rule about an indicator rule that scores all indicators). After such a change incremental validation re-runs
     * the rule on all its elements. None by default.
     */
    public List<Class<? extends EObject>> inputs() {
        return List.of();
    }

    /** Checks {@code element} if the rule applies to its kind, passing each problem to {@code sink}. */
    public final void validate(EObject element, Consumer<ModelDiagnostic> sink) {
        if (target.isInstance(element) && (!optional || OptionalRules.isEnabled(code))) {
            check(target.cast(element), sink);
        }
    }

    /** Checks one element of the rule's kind. */
    protected abstract void check(T element, Consumer<ModelDiagnostic> sink);

    /**
     * Reports a problem of {@code element} (which need not be the checked element).
     *
     * @param feature the offending feature, or {@code null}
     * @param problem what is wrong, after the element's description and a colon
     */
    protected final void report(Consumer<ModelDiagnostic> sink, EObject element, EStructuralFeature feature,
            String problem) {
        sink.accept(new ModelDiagnostic(severity, code, element, feature, ElementNames.path(element),
                ElementNames.describe(element) + ": " + problem));
    }
}
