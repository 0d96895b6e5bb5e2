package org.framewright.methods;

import org.framewright.scoring.MethodArguments;

/**
 * The aggregation method {@code harmonic-mean}: sum w / sum (w / x) over the inputs present, the power mean of order
 * -1. Below the arithmetic and the geometric mean, and pulled strongly towards the weakest input, so a council
 * cannot make up for one weak area with strong ones. An input of 0 follows the rule's {@code nonPositive} policy;
 * negative inputs (z-scores) leave the node unscored.
 */
public final class HarmonicMean extends PowerMean {

    @Override
    protected double order(MethodArguments arguments) {
        return -1;
    }

    @Override
    protected String label(double order) {
        return "the harmonic mean";
    }
}
