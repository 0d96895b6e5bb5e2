package org.framewright.methods;

import java.util.List;

import org.framewright.model.Council;
import org.framewright.model.Polarity;
import org.framewright.scoring.MethodArguments;

/**
 * The normalisation {@code distance-to-reference}: each council's relative distance to a reference council the rule
 * names (parameter {@code council}, its ONS code), 100 x (value - reference) / |reference| (lower is better:
 * 100 x (reference - value) / |reference|): the reference scores 0, better councils above 0, worse below, in per
 * cent of the reference's value. Undefined (the indicator unscored, the run says why) when the reference council is
 * not among the councils scored, has no value, or its value is 0.
 */
public final class DistanceToReference extends ArrayNormalisation {

    /** The parameter naming the reference council. */
    public static final String COUNCIL = "council";

    @Override
    public Normalised normalise(List<Double> values, Polarity polarity, Double target, List<Council> councils,
            MethodArguments arguments) {
        String code = arguments == null ? null : arguments.text(COUNCIL);
        if (code == null || code.isBlank()) {
            return new Normalised(values.stream().map(v -> (Double) null).toList(),
                "distance-to-reference: the rule names no reference council (parameter council)");
        }
        if (reference(councils, arguments) < 0) {
            return new Normalised(values.stream().map(v -> (Double) null).toList(), "distance-to-reference: the"
                + " reference council " + code + " is not among the councils scored");
        }
        return super.normalise(values, polarity, target, councils, arguments);
    }

    @Override
    protected int reference(List<Council> councils, MethodArguments arguments) {
        String code = arguments == null ? null : arguments.text(COUNCIL);
        for (int i = 0; i < councils.size(); i++) {
            if (councils.get(i).getId().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String normalise(double[] values, int count, boolean lowerIsBetter, int reference, double[] out) {
        if (reference < 0 || reference >= count) {
            return undefined(out, count, "distance-to-reference: no reference council");
        }
        double value = values[reference];
        if (Double.isNaN(value)) {
            return undefined(out, count, "distance-to-reference: the reference council has no value");
        }
        if (value == 0) {
            return undefined(out, count, "distance-to-reference: the reference council's value is 0, so a distance"
                + " in per cent of it is undefined");
        }
        return distances(values, count, lowerIsBetter, value, out);
    }

    /** 100 x (value - reference) / |reference|, turned round for lower is better; NaN stays NaN. */
    static String distances(double[] values, int count, boolean lowerIsBetter, double reference, double[] out) {
        double scale = 100 / Math.abs(reference);
        for (int i = 0; i < count; i++) {
            out[i] = (lowerIsBetter ? reference - values[i] : values[i] - reference) * scale;
        }
        return null;
    }
}
