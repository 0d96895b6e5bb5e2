package org.framewright.validation.internal.rules;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.Scale;
import org.framewright.model.ScoringScheme;
import org.framewright.validation.internal.ElementNames;

/** Questions the rules ask about schemes, read as the scoring contract (the model bundle's README) defines them. */
final class SchemeQueries {

    private SchemeQueries() {
    }

    /** The scheme that contains {@code element}, or {@code null}. */
    static ScoringScheme scheme(EObject element) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof ScoringScheme scheme) {
                return scheme;
            }
        }
        return null;
    }

    /** The framework that contains {@code element}, or {@code null}. */
    static Framework framework(EObject element) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof Framework framework) {
                return framework;
            }
        }
        return null;
    }

    /** The indicators an indicator rule applies to: its list, or (empty list) every indicator of the framework. */
    static List<Indicator> indicatorsOf(IndicatorRule rule) {
        if (!rule.getIndicators().isEmpty()) {
            return rule.getIndicators();
        }
        Framework framework = framework(rule);
        return framework == null ? List.of() : framework.getIndicators();
    }

    /** The scale an aggregation rule's levels come from: its banding's scale, else its own scale; may be null. */
    static Scale levelScale(AggregationRule rule) {
        if (rule.getBanding() != null) {
            return rule.getBanding().getScale();
        }
        return rule.getScale();
    }

    /** The scale on which {@code scheme} rates {@code area}: that of the first rule computing it; may be null. */
    static Scale scaleOf(ScoringScheme scheme, Area area) {
        if (scheme == null || area == null) {
            return null;
        }
        for (AggregationRule rule : scheme.getAggregations()) {
            if (rule.getAreas().contains(area)) {
                return levelScale(rule);
            }
        }
        return null;
    }

    /**
     * The areas {@code scheme} rates on a scale, as {@link #scaleOf} decides, found in one pass over its rules: for a
     * rule asking about many areas (one {@code scaleOf} per area would search every rule's areas each time).
     */
    static Set<Area> ratedAreas(ScoringScheme scheme) {
        Set<Area> seen = new HashSet<>();
        Set<Area> rated = new HashSet<>();
        for (AggregationRule rule : scheme.getAggregations()) {
            for (Area area : rule.getAreas()) {
                if (seen.add(area) && levelScale(rule) != null) {
                    rated.add(area);
                }
            }
        }
        return rated;
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
        ScoringScheme scheme = scheme(rule);
        String name = rule instanceof IndicatorRule ? "indicator rule" : "aggregation rule";
        return name + " " + ElementNames.ref(rule)
            + (scheme == null ? "" : " of scheme " + ElementNames.ref(scheme));
    }
}
