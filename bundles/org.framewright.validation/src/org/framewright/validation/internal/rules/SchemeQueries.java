package org.framewright.validation.internal.rules;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;
import org.framewright.model.Area;
import org.framewright.model.IndicatorRule;
import org.framewright.model.Scale;
import org.framewright.model.ScoringScheme;
import org.framewright.model.query.ElementQuery;
import org.framewright.model.query.SchemeQuery;
import org.framewright.validation.internal.ElementNames;

/** How the rules word numbers and rules in messages; the questions about schemes are the model's queries. */
final class SchemeQueries {

    private SchemeQueries() {
    }

    /** The scale on which the scheme containing {@code element} rates {@code area}; null when either is missing. */
    static Scale scaleOf(EObject element, Area area) {
        ScoringScheme scheme = new ElementQuery(element).scheme();
        return scheme == null ? null : new SchemeQuery(scheme).ratingScaleOf(area);
    }

    /** A number as users write it: {@code 95}, {@code 37.5}. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            // BigDecimal has no NaN or infinity; FW-NUM-01 reports such values, other rules must still word them
            return Double.isNaN(value) ? "NaN" : value > 0 ? "infinity" : "-infinity";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** How an indicator rule is named in a message about one of its indicators. */
    static String ruleOfScheme(EObject rule) {
        ScoringScheme scheme = new ElementQuery(rule).scheme();
        String name = rule instanceof IndicatorRule ? "indicator rule" : "aggregation rule";
        return name + " " + ElementNames.ref(rule)
            + (scheme == null ? "" : " of scheme " + ElementNames.ref(scheme));
    }
}
