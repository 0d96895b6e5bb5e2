package org.framewright.scoring.internal;

import org.framewright.model.AggregationRule;
import org.framewright.model.IndicatorRule;
import org.framewright.model.ScoringScheme;
import org.framewright.model.methods.MethodDescriptor;
import org.framewright.model.methods.MethodKind;
import org.framewright.model.methods.ScoringMethods;
import org.framewright.scoring.AggregationFunction;
import org.framewright.scoring.IndicatorScoring;
import org.framewright.scoring.MethodArguments;
import org.framewright.scoring.Normaliser;
import org.framewright.scoring.ScoringException;

/**
 * The implementations of a rule's methods, from the installed methods ({@link ScoringMethods}). A method no installed
 * plugin provides is refused with the message of rule FW-EXT-01, never a stack trace.
 */
public final class Methods {

    private Methods() {
    }

    /** Refuses a scheme that names a method no installed plugin provides (before any council is scored). */
    public static void requireInstalled(ScoringScheme scheme) {
        for (IndicatorRule rule : scheme.getIndicatorRules()) {
            require(MethodKind.INDICATOR_SCORING, rule.getMethod(), rule.getId());
            require(MethodKind.NORMALISATION, rule.getNormalisation(), rule.getId());
        }
        for (AggregationRule rule : scheme.getAggregations()) {
            require(MethodKind.AGGREGATION, rule.getMethod(), rule.getId());
        }
    }

    /** The installed method, or a ScoringException with the FW-EXT-01 message. */
    public static MethodDescriptor require(MethodKind kind, String id, String ruleId) {
        MethodDescriptor method = ScoringMethods.installed().find(kind, id);
        if (method == null) {
            throw new ScoringException(ScoringMethods.notProvided(kind, id, ruleId));
        }
        return method;
    }

    /** The aggregation of a rule. */
    public static AggregationFunction aggregation(AggregationRule rule) {
        return implementation(require(MethodKind.AGGREGATION, rule.getMethod(), rule.getId()), AggregationFunction.class);
    }

    /** The arguments a rule gives its aggregation. */
    public static MethodArguments arguments(AggregationRule rule) {
        return new MethodArguments(rule.getMaximum(), rule.getParameters(),
            ScoringMethods.installed().find(MethodKind.AGGREGATION, rule.getMethod()));
    }

    /** The arguments a rule gives its indicator scoring method. */
    static MethodArguments arguments(IndicatorRule rule) {
        return new MethodArguments(0, rule.getParameters(),
            ScoringMethods.installed().find(MethodKind.INDICATOR_SCORING, rule.getMethod()));
    }

    /** The arguments a rule gives its normalisation (the rule's parameters, with the normalisation's defaults). */
    static MethodArguments normalisationArguments(IndicatorRule rule) {
        return new MethodArguments(0, rule.getParameters(),
            ScoringMethods.installed().find(MethodKind.NORMALISATION, rule.getNormalisation()));
    }

    /** The normaliser of a rule ({@code none} leaves the values as they are). */
    static Normaliser normaliser(IndicatorRule rule) {
        return implementation(require(MethodKind.NORMALISATION, rule.getNormalisation(), rule.getId()), Normaliser.class);
    }

    /** The indicator scoring method of a rule. */
    static IndicatorScoring indicatorScoring(IndicatorRule rule) {
        return implementation(require(MethodKind.INDICATOR_SCORING, rule.getMethod(), rule.getId()),
            IndicatorScoring.class);
    }

    /** The method's implementation as the interface of its kind, or a ScoringException naming the plugin. */
    public static <T> T implementation(MethodDescriptor method, Class<T> type) {
        Object implementation;
        try {
            implementation = method.implementation();
        } catch (IllegalStateException e) {
            throw new ScoringException(e.getMessage());
        }
        if (!type.isInstance(implementation)) {
            throw new ScoringException("the " + method.kind().label() + " '" + method.id() + "' of plugin "
                + method.contributor() + " does not implement " + type.getSimpleName());
        }
        return type.cast(implementation);
    }
}
