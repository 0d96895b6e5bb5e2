package org.framewright.scoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.framewright.model.AggregationMethod;
import org.framewright.scoring.AggregationFunction;
import org.framewright.scoring.MethodArguments;

/**
 * The numeric aggregation methods of an aggregation rule ({@code matrix} is a look-up, see {@link MatrixLookup}).
 * Each aggregates the included input values, in exact decimals, and says what weight each input carried. They are
 * contributed to {@code org.framewright.scoring.methods} (see {@link BuiltinMethodFactory}) like any plugin's method.
 */
public enum Aggregation implements AggregationFunction {
    /** Sum of weight x value over the sum of the included weights (weights re-normalised over present inputs). */
    WEIGHTED_MEAN,
    /** Arithmetic mean. */
    MEAN,
    /** Median (mean of the two middle values for an even count). */
    MEDIAN,
    /** Smallest value. */
    MINIMUM,
    /** Largest value. */
    MAXIMUM,
    /** Sum. */
    SUM,
    /** 100 x sum / (maximum x number of inputs). */
    PERCENT_OF_MAXIMUM;

    /** The strategy of a built-in method id; null for {@code matrix} and for ids that are not built in. */
    public static Aggregation of(String methodId) {
        AggregationMethod method = AggregationMethod.get(methodId);
        return method == null || method == AggregationMethod.MATRIX ? null : valueOf(method.name());
    }

    @Override
    public BigDecimal aggregate(List<BigDecimal> values, List<BigDecimal> weights, MethodArguments arguments) {
        return aggregate(values, weights, arguments.maximum());
    }

    @Override
    public String impossible(List<BigDecimal> values, List<BigDecimal> weights, MethodArguments arguments) {
        return impossible(weights, arguments.maximum());
    }

    /** The aggregate of {@code values} (not empty) with their {@code weights} (percent; used by weighted mean). */
    public BigDecimal aggregate(List<BigDecimal> values, List<BigDecimal> weights, double maximum) {
        return switch (this) {
            case WEIGHTED_MEAN -> {
                BigDecimal total = BigDecimal.ZERO;
                for (int i = 0; i < values.size(); i++) {
                    total = total.add(values.get(i).multiply(weights.get(i)));
                }
                yield Decimals.divide(total, Decimals.sum(weights));
            }
            case MEAN -> Decimals.mean(values);
            case MEDIAN -> Decimals.median(values);
            case MINIMUM -> Collections.min(values);
            case MAXIMUM -> Collections.max(values);
            case SUM -> Decimals.sum(values);
            case PERCENT_OF_MAXIMUM -> Decimals.divide(Decimals.sum(values).multiply(Decimals.HUNDRED),
                BigDecimal.valueOf(maximum).multiply(BigDecimal.valueOf(values.size())));
        };
    }

    /** Why the method cannot aggregate inputs with these weights (they sum to 0) or maximum (not above 0), or null. */
    public String impossible(List<BigDecimal> weights, double maximum) {
        if (this == WEIGHTED_MEAN && !weights.isEmpty() && Decimals.sum(weights).signum() == 0) {
            return "the weights of the inputs present sum to 0";
        }
        return this == PERCENT_OF_MAXIMUM && maximum <= 0 ? "percent of maximum needs a maximum above 0" : null;
    }

    /** The share of the result (percent) of each input, or nulls when the method does not weight its inputs. */
    @Override
    public List<Double> effectiveWeights(List<BigDecimal> weights) {
        List<Double> result = new ArrayList<>();
        BigDecimal total = Decimals.sum(weights);
        for (BigDecimal weight : weights) {
            result.add(switch (this) {
                case WEIGHTED_MEAN -> Decimals.divide(weight.multiply(Decimals.HUNDRED), total).doubleValue();
                case MEAN, SUM, PERCENT_OF_MAXIMUM -> 100.0 / weights.size();
                default -> null;
            });
        }
        return result;
    }
}
