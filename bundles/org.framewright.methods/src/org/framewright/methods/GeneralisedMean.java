package org.framewright.methods;

import org.framewright.scoring.MethodArguments;

/**
 * The aggregation method {@code generalised-mean}: the power mean of order {@code r} (parameter, default 1),
 * (sum w x^r / sum w)^(1/r), the geometric mean at r = 0. The order sets how far a weak input can be made up by
 * strong ones: r = 1 fully (arithmetic mean), r -> minus infinity not at all (the minimum), r -> infinity the
 * maximum. An input of 0 with r <= 0 follows the rule's {@code nonPositive} policy; negative inputs leave the node
 * unscored.
 */
public final class GeneralisedMean extends PowerMean {

    /** The parameter's name in a rule. */
    public static final String ORDER = "r";

    @Override
    protected double order(MethodArguments arguments) {
        return arguments.decimal(ORDER, 1);
    }

    @Override
    protected String label(double order) {
        return "the generalised mean of order " + org.framewright.scoring.ScoreFormat.format(order);
    }
}
