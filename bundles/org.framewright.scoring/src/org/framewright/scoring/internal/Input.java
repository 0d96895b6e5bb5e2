package org.framewright.scoring.internal;

import java.math.BigDecimal;

/**
 * One candidate input of an aggregated node for one council, before the missing-data policy.
 *
 * @param sourceId the child node, indicator, group or category id
 * @param value the value, null when missing
 * @param weight the rule's weight for it (1 when the rule does not weight), null when the rule gives it no weight
 * @param imputed whether the value was imputed by the missing-data policy
 */
record Input(String sourceId, Double value, BigDecimal weight, boolean imputed) {

    Input withValue(Double newValue) {
        return new Input(sourceId, newValue, weight, true);
    }
}
