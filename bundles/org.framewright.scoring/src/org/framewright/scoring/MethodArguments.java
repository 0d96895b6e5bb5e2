package org.framewright.scoring;

import java.util.List;

import org.framewright.model.MethodParameter;
import org.framewright.model.methods.MethodDescriptor;
import org.framewright.model.methods.MethodParameterDeclaration;

/**
 * What a rule gives its method besides the inputs: the rule's maximum (percent of maximum) and the values of the
 * parameters the method declares, the rule's value or else the declared default.
 */
public final class MethodArguments {

    private final double maximum;
    private final List<MethodParameter> given;
    private final MethodDescriptor method;

    /**
     * @param maximum the rule's maximum (0 when it has none)
     * @param given the rule's parameter values
     * @param method the method, whose declarations give the defaults (null: no declared parameters)
     */
    public MethodArguments(double maximum, List<MethodParameter> given, MethodDescriptor method) {
        this.maximum = maximum;
        this.given = List.copyOf(given);
        this.method = method;
    }

    /** Arguments of a rule without parameters, e.g. for tests of the built-ins. */
    public static MethodArguments ofMaximum(double maximum) {
        return new MethodArguments(maximum, List.of(), null);
    }

    /** The rule's maximum (for percent of maximum). */
    public double maximum() {
        return maximum;
    }

    /** The value of the parameter as text: the rule's, else the declared default, else null. */
    public String text(String name) {
        for (MethodParameter parameter : given) {
            if (name.equals(parameter.getName())) {
                return parameter.getValue();
            }
        }
        MethodParameterDeclaration declared = method == null ? null : method.parameter(name);
        return declared == null ? null : declared.defaultValue();
    }

    /** The value of a decimal parameter, or {@code otherwise} when it has none (validation checks the form). */
    public double decimal(String name, double otherwise) {
        String text = text(name);
        return text == null ? otherwise : Double.parseDouble(text.trim());
    }
}
