package org.framewright.compare.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.model.ModelElement;

/** Model values as users read them: numbers without a trailing {@code .0}, literals, elements by id. */
public final class Values {

    private Values() {
    }

    /** The display form of an attribute value or a referenced element; {@code ""} for null. */
    public static String show(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(Values::show).collect(Collectors.joining(" "));
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? BigDecimal.valueOf(number).stripTrailingZeros().toPlainString()
                : String.valueOf(number);
        }
        if (value instanceof Enumerator literal) {
            return literal.getLiteral();
        }
        if (value instanceof EObject element) {
            return idOf(element);
        }
        return String.valueOf(value);
    }

    /** The id of an element; for an unresolved cross-file reference, the id its URI names (never resolved). */
    public static String idOf(EObject element) {
        if (element.eIsProxy()) {
            String fragment = EcoreUtil.getURI(element).fragment();
            return fragment == null ? "" : fragment;
        }
        if (element instanceof ModelElement named && named.getId() != null) {
            return named.getId();
        }
        return element.eClass().getName();
    }
}
