package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * A rule that one number attribute of one kind of element lies in a closed range, shared by the FW-NUM range
 * rules. Values that are not finite are left to FW-NUM-01, so each problem is reported once.
 *
 * @param <T> the kind of element
 */
abstract class NumberRange<T extends EObject> extends Rule<T> {

    private final EAttribute attribute;
    private final double lowest;
    private final double highest;
    private final String meaning;

    /**
     * @param meaning why the range is what it is, ending the message (e.g. "a weight is a share of 100 %")
     */
    NumberRange(String code, Class<T> target, EAttribute attribute, double lowest, double highest, String meaning) {
        super(code, Severity.ERROR, target);
        this.attribute = attribute;
        this.lowest = lowest;
        this.highest = highest;
        this.meaning = meaning;
    }

    @Override
    protected final void check(T element, Consumer<ModelDiagnostic> sink) {
        if (!(element.eGet(attribute) instanceof Number number)) {
            return;
        }
        double value = number.doubleValue();
        if (Double.isFinite(value) && (value < lowest || value > highest)) {
            report(sink, element, attribute, attribute.getName() + " is " + SchemeQueries.number(value) + "; expected "
                + range() + " (" + meaning + ")");
        }
    }

    private String range() {
        if (lowest == Double.NEGATIVE_INFINITY) {
            return "at most " + SchemeQueries.number(highest);
        }
        if (highest == Double.POSITIVE_INFINITY) {
            return SchemeQueries.number(lowest) + " or more";
        }
        return "a number from " + SchemeQueries.number(lowest) + " to " + SchemeQueries.number(highest);
    }
}
