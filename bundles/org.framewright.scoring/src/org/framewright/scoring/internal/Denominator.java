package org.framewright.scoring.internal;

import java.math.BigDecimal;
import java.util.List;

import org.framewright.model.Council;
import org.framewright.model.Denomination;
import org.framewright.scoring.Denominations;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.ScoringDataException;
import org.framewright.scoring.internal.SeriesIndex.Point;

/** The first data treatment: an indicator's values divided by their denominator, times the multiplier. */
final class Denominator {

    private Denominator() {
    }

    /**
     * Divides the column's values in place; a council without a denominator value (or 0) is left without a value.
     *
     * @throws ScoringDataException (FW-TREAT-02) when no council has a value of the denominator in the period
     */
    static void apply(Denomination denomination, String indicatorId, List<Council> councils, DataIndex data,
            TreatedColumn column, List<String> runNotes) {
        String by = Denominations.denominatorId(denomination);
        if (!data.hasValues(by)) {
            throw new ScoringDataException(Denominations.RULE + " denomination '" + denomination.getId()
                + "' of indicator " + indicatorId + ": the data has no values of " + (denomination.getDenominatorIndicator() != null
                    ? "indicator " : "column ") + by + (data.period() == null ? "" : " in " + data.period())
                + "; add its rows (id " + by + ") to the data file or name another denominator");
        }
        int divided = 0;
        int without = 0;
        for (int i = 0; i < councils.size(); i++) {
            Double value = column.values.get(i);
            if (value == null) {
                continue;
            }
            Double denominator = data.value(councils.get(i), by);
            Double result = divide(value, denominator, denomination.getMultiplier());
            column.values.set(i, result);
            if (result == null) {
                without++;
                column.changes.get(i).add("not denominated (" + denomination.getId() + "): " + (denominator == null
                    ? "no value of " + by : by + " is 0") + " in the data: missing");
            } else {
                divided++;
                column.changes.get(i).add("denominated (" + denomination.getId() + "): " + ScoreFormat.format(value)
                    + " / " + ScoreFormat.format(denominator) + (denomination.getMultiplier() == 1 ? ""
                        : " x " + ScoreFormat.format(denomination.getMultiplier())) + " -> "
                    + ScoreFormat.format(result));
            }
        }
        runNotes.add("denomination " + denomination.getId() + " of indicator " + indicatorId + ": divided by " + by
            + (denomination.getMultiplier() == 1 ? "" : " x " + ScoreFormat.format(denomination.getMultiplier()))
            + " for " + divided + " council(s)" + (without == 0 ? "" : "; " + without
                + " without a value of " + by + " left missing"));
    }

    /** The council's series of the indicator denominated as in its scored period (points where both are given). */
    static List<Point> series(Denomination denomination, List<Point> values, List<Point> denominators) {
        return values.stream().map(p -> {
            Double d = denominators.stream().filter(q -> q.position() == p.position()).map(Point::value)
                .findFirst().orElse(null);
            Double r = divide(p.value(), d, denomination.getMultiplier());
            return r == null ? null : new Point(p.period(), p.position(), r);
        }).filter(p -> p != null).toList();
    }

    /** value / denominator x multiplier to 34 significant digits; null without a denominator or with 0. */
    static Double divide(double value, Double denominator, double multiplier) {
        if (denominator == null || denominator == 0) {
            return null;
        }
        BigDecimal quotient = Decimals.divide(Decimals.of(value).multiply(BigDecimal.valueOf(multiplier)),
            Decimals.of(denominator));
        return quotient.doubleValue();
    }
}
