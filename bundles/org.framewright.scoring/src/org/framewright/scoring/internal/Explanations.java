package org.framewright.scoring.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.framewright.model.AggregationRule;
import org.framewright.model.Band;
import org.framewright.model.Banding;
import org.framewright.model.Rounding;
import org.framewright.model.Scale;
import org.framewright.model.ScaleLevel;
import org.framewright.scoring.AggregationFunction;
import org.framewright.scoring.ScoreFormat;

/**
 * The steps of a node's arithmetic as sentences a person can check by hand (see
 * {@link org.framewright.scoring.NodeResult#explanation()}). Plain ASCII ({@code x}, {@code ->}), so the CLI's
 * output reads the same on any terminal.
 */
final class Explanations {

    private Explanations() {
    }

    /**
     * The aggregation written out with the inputs' ids and values, e.g. {@code "percent of maximum: 100 x (QS1 1 +
     * QS2 1) / (4 x 2) = 100 x 2 / 8 = 25"} or {@code "weighted mean: (OP 3 x 40 + CAR 2 x 15) / 55 = 2.727273"}.
     */
    static String aggregation(AggregationFunction function, String methodId, List<Input> present, double maximum,
            BigDecimal exact) {
        String result = " = " + number(exact);
        if (!(function instanceof Aggregation method)) {
            // a plugin's method: its id and its inputs, the arithmetic is the plugin's
            return methodId + " of " + join(present, ", ", Explanations::term) + result;
        }
        return switch (method) {
            case WEIGHTED_MEAN -> "weighted mean: (" + join(present, " + ", i -> term(i) + " x " + number(i.weight()))
                + ") / " + number(Decimals.sum(present.stream().map(Input::weight).toList())) + result;
            case MEAN -> "mean: (" + join(present, " + ", Explanations::term) + ") / " + present.size() + result;
            case MEDIAN -> "median of " + join(present, ", ", Explanations::term) + result;
            case MINIMUM -> "minimum of " + join(present, ", ", Explanations::term) + result;
            case MAXIMUM -> "maximum of " + join(present, ", ", Explanations::term) + result;
            case SUM -> "sum: " + join(present, " + ", Explanations::term) + result;
            case PERCENT_OF_MAXIMUM -> percentOfMaximum(present, maximum, result);
        };
    }

    private static String percentOfMaximum(List<Input> present, double maximum, String result) {
        BigDecimal sum = Decimals.sum(present.stream().map(i -> Decimals.of(i.value())).toList());
        BigDecimal most = BigDecimal.valueOf(maximum).multiply(BigDecimal.valueOf(present.size()));
        return "percent of maximum: 100 x (" + join(present, " + ", Explanations::term) + ") / (" + number(maximum)
            + " x " + present.size() + ") = 100 x " + number(sum) + " / " + number(most) + result;
    }

    /**
     * The weights as shares of 100 when the rule's weights did not already sum to 100 over the inputs present,
     * saying why: inputs missing under the missing-data policy, or weights that do not sum to 100. Null when the
     * weights were used as written.
     */
    static String renormalised(AggregationRule rule, List<Input> present, List<String> missing, List<Double> shares) {
        BigDecimal total = Decimals.sum(present.stream().map(Input::weight).toList());
        if (total.compareTo(Decimals.HUNDRED) == 0 || present.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder("weights re-normalised to 100 (");
        text.append(missing.isEmpty() ? "they sum to " + number(total)
            : String.join(", ", missing) + " missing, missing data: " + rule.getMissingData().getLiteral());
        text.append("): ");
        for (int i = 0; i < present.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(present.get(i).sourceId()).append(' ')
                .append(ScoreFormat.format(shares.get(i))).append(" %");
        }
        return text.toString();
    }

    /** {@code "rounded half up to 0 decimals: 33.333333 -> 33"}, or null without rounding (or nothing to round). */
    static String rounding(Rounding rounding, BigDecimal exact, BigDecimal rounded) {
        String how = Rounder.describe(rounding);
        return how == null || exact == null ? null : how + ": " + number(exact) + " -> " + number(rounded);
    }

    /**
     * How the value found its level: {@code "33 is in band 25-38 of Rating bands: Inadequate"} with a banding, else
     * {@code "3 is level 3 of Delivery grade: Good"} on the scale; or why it has none; null with neither.
     */
    static String level(Banding banding, Scale scale, BigDecimal value, ScaleLevel level) {
        if (value == null) {
            return null;
        }
        if (banding != null) {
            Band band = Bands.bandFor(banding, value);
            return band == null ? number(value) + " is in no band of " + banding.getName() + ": unrated"
                : number(value) + " is in band " + number(band.getLower()) + "-" + number(band.getUpper()) + " of "
                    + banding.getName() + ": " + name(band.getLevel());
        }
        if (scale == null) {
            return null;
        }
        return level == null ? number(value) + " is no level of " + scale.getName() + ": unrated"
            : number(value) + " is level " + level.getValue() + " of " + scale.getName() + ": " + name(level);
    }

    /**
     * The matrix cell, e.g. {@code "delivery 3 x capacity 2 -> 2 stars (Figure 2)"}: the row and column nodes with
     * their level values, the cell's level, and the rule's source (the parenthesis ending its name, else its name).
     */
    static String matrixCell(AggregationRule rule, ScaleLevel row, ScaleLevel column, ScaleLevel cell) {
        String rowId = rule.getMatrix().getRowNode().getId();
        String columnId = rule.getMatrix().getColumnNode().getId();
        return rowId + " " + row.getValue() + " x " + columnId + " " + column.getValue() + " -> " + withUnit(cell)
            + " (" + source(rule) + ")";
    }

    /** A level's name; a bare number is followed by its scale's id ({@code 2 stars}). */
    private static String withUnit(ScaleLevel level) {
        String name = name(level);
        return name.matches("\\d+") && level.eContainer() instanceof Scale scale && scale.getId() != null
            ? name + " " + scale.getId() : name;
    }

    private static String source(AggregationRule rule) {
        String name = rule.getName() == null ? rule.getId() : rule.getName();
        int open = name.lastIndexOf('(');
        return name.endsWith(")") && open >= 0 ? name.substring(open + 1, name.length() - 1) : name;
    }

    private static String name(ScaleLevel level) {
        return level.getName() == null ? String.valueOf(level.getValue()) : level.getName();
    }

    private static String term(Input input) {
        return input.sourceId() + " " + ScoreFormat.format(input.value()) + (input.imputed() ? " (imputed)" : "");
    }

    private static String join(List<Input> inputs, String separator, Function<Input, String> text) {
        return inputs.stream().map(text).collect(Collectors.joining(separator));
    }

    static String number(BigDecimal value) {
        return ScoreFormat.format(value.doubleValue());
    }

    private static String number(double value) {
        return ScoreFormat.format(value);
    }
}
