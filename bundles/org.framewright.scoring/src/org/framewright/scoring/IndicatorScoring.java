package org.framewright.scoring;

import java.util.List;

import org.framewright.model.Council;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.scoring.Normaliser.Normalised;

/**
 * The implementation of an indicator scoring method contributed to {@code org.framewright.scoring.methods}: the
 * scores of one indicator for every council of a run. The engine then rounds them and, for a contributed method,
 * bands them with the rule's banding when it has one. Stateless.
 */
public interface IndicatorScoring {

    /**
     * One score per council, in the order of {@code councils}; null where the council has no value or the method
     * cannot score it ({@link Normalised#problem()} says why when it applies to the whole indicator).
     *
     * @param values the indicator's values per council (after imputation), null when missing
     * @param arguments the rule's parameter values
     */
    Normalised score(IndicatorRule rule, Indicator indicator, List<Council> councils, List<Double> values,
            MethodArguments arguments);
}
