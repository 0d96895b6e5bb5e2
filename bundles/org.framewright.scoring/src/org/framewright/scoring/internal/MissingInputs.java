package org.framewright.scoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.framewright.model.MissingDataPolicy;
import org.framewright.model.Scale;
import org.framewright.model.ScaleLevel;

import org.framewright.scoring.ScoreFormat;

/**
 * Applies a missing-data policy to one council's inputs: imputation replaces missing values (with the mean or median
 * of the same input across councils, or a scale's lowest level); the other policies leave them missing, and
 * {@link NodeScorer} excludes them ({@code exclude and re-weight}) or fails the node ({@code fail}).
 */
final class MissingInputs {

    private MissingInputs() {
    }

    /**
     * The inputs with imputed values where the policy imputes; notes say what was imputed.
     *
     * @param all every council's inputs of the same node, for imputing across councils
     * @param lowest the scale whose lowest level {@code impute lowest} uses, or null
     */
    static List<Input> impute(MissingDataPolicy policy, List<Input> inputs, Map<?, List<Input>> all, Scale lowest,
            List<String> notes) {
        if (policy != MissingDataPolicy.IMPUTE_MEAN && policy != MissingDataPolicy.IMPUTE_MEDIAN
                && policy != MissingDataPolicy.IMPUTE_LOWEST) {
            return inputs;
        }
        List<Input> result = new ArrayList<>();
        for (Input input : inputs) {
            if (input.value() != null) {
                result.add(input);
                continue;
            }
            Double imputed = imputedValue(policy, input.sourceId(), all, lowest);
            if (imputed == null) {
                notes.add(input.sourceId() + " missing and nothing to impute from: excluded");
                result.add(input);
            } else {
                notes.add(input.sourceId() + " missing: imputed " + ScoreFormat.format(imputed) + " ("
                    + policy.getLiteral() + ")");
                result.add(input.withValue(imputed));
            }
        }
        return result;
    }

    private static Double imputedValue(MissingDataPolicy policy, String sourceId, Map<?, List<Input>> all, Scale lowest) {
        if (policy == MissingDataPolicy.IMPUTE_LOWEST) {
            ScaleLevel level = Bands.lowest(lowest);
            return level == null ? null : (double) level.getValue();
        }
        List<BigDecimal> values = new ArrayList<>();
        for (List<Input> inputs : all.values()) {
            for (Input input : inputs) {
                if (input.sourceId().equals(sourceId) && input.value() != null && !input.imputed()) {
                    values.add(Decimals.of(input.value()));
                }
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        return (policy == MissingDataPolicy.IMPUTE_MEAN ? Decimals.mean(values) : Decimals.median(values)).doubleValue();
    }
}
