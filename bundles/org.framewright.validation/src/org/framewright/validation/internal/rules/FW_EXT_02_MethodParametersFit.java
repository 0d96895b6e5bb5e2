package org.framewright.validation.internal.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.framewright.model.AggregationRule;
import org.framewright.model.FrameworkPackage.Literals;
import org.framewright.model.IndicatorRule;
import org.framewright.model.IndicatorScoringMethod;
import org.framewright.model.MethodParameter;
import org.framewright.model.methods.MethodDescriptor;
import org.framewright.model.methods.MethodKind;
import org.framewright.model.methods.MethodParameterDeclaration;
import org.framewright.model.methods.ScoringMethods;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-EXT-02: the parameters a rule gives its method fit what the method declares: each is a parameter the method
 * declares, given once, of the declared type, in the declared range and, for a policy, one of its choices; and every
 * parameter without a default is given (e.g. the goalposts of a goalposts normalisation). An indicator rule's
 * parameters are its indicator scoring method's, or, when the method is {@code normalise} and the rule's
 * normalisation declares parameters, the normalisation's (e.g. the reference council of distance-to-reference). Fix: the value the message asks for, or remove the parameter.
 */
public final class FW_EXT_02_MethodParametersFit extends Rule<EObject> {

    /** The rule's code. */
    public static final String CODE = "FW-EXT-02";

    /** The rule. */
    public FW_EXT_02_MethodParametersFit() {
        super(CODE, Severity.ERROR, EObject.class);
    }

    @Override
    protected void check(EObject element, Consumer<ModelDiagnostic> sink) {
        if (element instanceof IndicatorRule rule) {
            MethodDescriptor method = ScoringMethods.installed().find(MethodKind.INDICATOR_SCORING, rule.getMethod());
            MethodDescriptor normalisation = IndicatorScoringMethod.NORMALISE.is(rule.getMethod())
                ? ScoringMethods.installed().find(MethodKind.NORMALISATION, rule.getNormalisation()) : null;
            if (normalisation != null && !normalisation.parameters().isEmpty()) {
                // a normalising rule's parameters are its normalisation's (e.g. the reference council)
                check(sink, rule, normalisation, rule.getParameters(), Literals.INDICATOR_RULE__PARAMETERS);
            } else {
                check(sink, rule, method, rule.getParameters(), Literals.INDICATOR_RULE__PARAMETERS);
            }
        } else if (element instanceof AggregationRule rule) {
            check(sink, rule, ScoringMethods.installed().find(MethodKind.AGGREGATION, rule.getMethod()),
                rule.getParameters(), Literals.AGGREGATION_RULE__PARAMETERS);
        }
    }

    private void check(Consumer<ModelDiagnostic> sink, EObject rule, MethodDescriptor method,
            List<MethodParameter> given, EStructuralFeature feature) {
        if (method == null) {
            return; // FW-EXT-01 reports it
        }
        String of = method.kind().label() + " '" + method.id() + "'";
        Set<String> seen = new HashSet<>();
        for (MethodParameter parameter : given) {
            MethodParameterDeclaration declared = method.parameter(parameter.getName());
            if (declared == null) {
                report(sink, rule, feature, "parameter '" + parameter.getName() + "' is not a parameter of " + of
                    + (method.parameters().isEmpty() ? " (it has none)" : " (its parameters: "
                        + String.join(", ", method.parameters().stream().map(MethodParameterDeclaration::name).toList())
                        + ")"));
            } else if (!seen.add(parameter.getName())) {
                report(sink, rule, feature, "parameter '" + parameter.getName() + "' of " + of + " is given twice");
            } else {
                String problem = declared.problem(parameter.getValue());
                if (problem != null) {
                    report(sink, rule, feature, "parameter '" + parameter.getName() + "' of " + of + ": " + problem);
                }
            }
        }
        for (MethodParameterDeclaration declared : method.parameters()) {
            Double value = number(declared, given);
            Double below = declared.above() == null ? null : number(method.parameter(declared.above()), given);
            if (value != null && below != null && !(value > below)) {
                report(sink, rule, feature, "parameter '" + declared.name() + "' of " + of + ": "
                    + plain(value) + " is not above parameter '" + declared.above() + "' ("
                    + plain(below) + ")");
            }
            if (declared.required() && !seen.contains(declared.name())) {
                report(sink, rule, feature, of + " needs parameter '" + declared.name() + "'"
                    + (declared.description() == null ? "" : " (" + declared.description() + ")"));
            }
        }
    }

    /** The value of a numeric parameter (the rule's, else its default), or null when it has none or it is not one. */
    private static Double number(MethodParameterDeclaration declared, List<MethodParameter> given) {
        if (declared == null || declared.type().equals("text") || declared.type().equals("boolean")) {
            return null;
        }
        String text = given.stream().filter(p -> p.getName().equals(declared.name())).map(MethodParameter::getValue)
            .findFirst().orElse(declared.defaultValue());
        try {
            return text == null ? null : Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null; // reported as not a number above
        }
    }

    private static String plain(double number) {
        return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
