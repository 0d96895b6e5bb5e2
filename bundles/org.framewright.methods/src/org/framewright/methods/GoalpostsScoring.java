package org.framewright.methods;

import java.util.ArrayList;
import java.util.List;

import org.framewright.model.Council;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.Polarity;
import org.framewright.scoring.IndicatorScoring;
import org.framewright.scoring.MethodArguments;
import org.framewright.scoring.Normaliser.Normalised;

/**
 * The indicator scoring method {@code goalposts}: each value against fixed posts the rule states in the indicator's
 * own units, not against the councils scored, so a score does not move when other councils' values do:
 * scale x (value - low) / (high - low), for lower is better scale x (high - value) / (high - low), capped to
 * 0..scale (a value beyond a post scores as the post). Parameters {@code low} and {@code high} (required) and
 * {@code scale} (default 100); posts that differ per indicator take one rule per indicator. The posts must satisfy
 * low < high, else the indicator is unscored and the run says why.
 */
public final class GoalpostsScoring implements IndicatorScoring {

    /** The parameters' names in a rule. */
    public static final String LOW = "low";
    /** The high post. */
    public static final String HIGH = "high";
    /** The score of a value at or beyond the better post. */
    public static final String SCALE = "scale";

    @Override
    public Normalised score(IndicatorRule rule, Indicator indicator, List<Council> councils, List<Double> values,
            MethodArguments arguments) {
        double low = arguments.decimal(LOW, Double.NaN);
        double high = arguments.decimal(HIGH, Double.NaN);
        double scale = arguments.decimal(SCALE, 100);
        List<Double> scores = new ArrayList<>();
        String problem = Double.isNaN(low) || Double.isNaN(high) ? "goalposts: the rule gives no low or high post"
            : !(low < high) ? "goalposts: the low post " + low + " is not below the high post " + high
            : !(scale > 0) ? "goalposts: the scale " + scale + " is not above 0" : null;
        boolean lowerIsBetter = indicator.getPolarity() == Polarity.LOWER_IS_BETTER;
        for (Double value : values) {
            scores.add(problem != null || value == null ? null : goalposts(value, low, high, scale, lowerIsBetter));
        }
        return new Normalised(scores, problem);
    }

    /** {@code value} against the posts, capped to 0..scale. */
    public static double goalposts(double value, double low, double high, double scale, boolean lowerIsBetter) {
        double share = lowerIsBetter ? (high - value) / (high - low) : (value - low) / (high - low);
        return scale * Math.max(0, Math.min(1, share));
    }
}
