package org.framewright.scoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.framewright.model.ComparatorGroup;
import org.framewright.model.ComparatorKind;
import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.Imputation;
import org.framewright.model.ImputationMethod;
import org.framewright.scoring.Imputations;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.ScoringDataException;
import org.framewright.scoring.internal.SeriesIndex.Point;

/**
 * The second data treatment: a missing value (after denomination) of a council that has data in the period, filled
 * from its comparator group's values in the period or from its own values in other periods. Only values in the data
 * (denominated) are read, never imputed ones, so the order of the councils does not matter.
 */
final class Imputer {

    private Imputer() {
    }

    /**
     * Refuses (FW-TREAT-03) a comparator method the data cannot serve: no comparator group of the kind (similar
     * councils, club), or no council with a region (regional).
     */
    static void requireComparators(Imputation imputation, DataSet data) {
        ComparatorKind kind = imputation.getComparator();
        if (!Imputations.needsComparators(imputation.getMethod()) || kind == ComparatorKind.NATIONAL) {
            return;
        }
        boolean has = kind == ComparatorKind.REGIONAL ? data.getCouncils().stream().anyMatch(c -> c.getRegion() != null)
            : data.getComparatorGroups().stream().map(ComparatorGroup::getKind).anyMatch(kind::equals);
        if (!has) {
            throw new ScoringDataException(Imputations.RULE + " imputation '" + imputation.getId() + "': "
                + imputation.getMethod().getLiteral() + " needs the councils' " + kind.getLiteral() + " groups, but "
                + (kind == ComparatorKind.REGIONAL ? "no council of the data has a region"
                    : "the data has no " + kind.getLiteral() + " group (the CLI reads them with --groups FILE, the "
                        + "workbench's views and Write Report with their Groups: choice, e.g. Oflog's NN.json)"));
        }
    }

    /**
     * Fills the column's missing values in place; {@code series} gives a council's values of the indicator in every
     * period, as denominated, and {@code position} the scored period's position in time (both only read by the
     * time-series methods).
     */
    static void apply(Imputation imputation, String indicatorId, List<Council> councils, DataIndex data,
            TreatedColumn column, Function<Council, List<Point>> series, int position, List<String> runNotes) {
        List<Double> given = List.copyOf(column.values.stream().map(v -> v == null ? Double.NaN : v).toList());
        int filled = 0;
        int left = 0;
        for (int i = 0; i < councils.size(); i++) {
            if (column.values.get(i) != null || column.screened[i] || !data.hasRow(councils.get(i))) {
                continue;
            }
            Filled f = Imputations.needsComparators(imputation.getMethod())
                ? fromComparators(imputation, councils, i, given)
                : fromSeries(imputation.getMethod(), series.apply(councils.get(i)), position);
            if (f.value == null) {
                left++;
                column.changes.get(i).add("not imputed (" + imputation.getId() + "): " + f.how);
            } else {
                filled++;
                column.values.set(i, f.value);
                column.imputed[i] = true;
                column.changes.get(i).add("imputed (" + imputation.getId() + "): " + f.how + " -> "
                    + ScoreFormat.format(f.value));
            }
        }
        if (filled + left > 0) {
            runNotes.add("imputation " + imputation.getId() + " of indicator " + indicatorId + " ("
                + imputation.getMethod().getLiteral() + "): " + filled + " value(s) imputed"
                + (left == 0 ? "" : ", " + left + " left missing"));
        }
    }

    private record Filled(Double value, String how) {
    }

    private static Filled fromComparators(Imputation imputation, List<Council> councils, int i, List<Double> given) {
        ComparatorKind kind = imputation.getComparator();
        Council council = councils.get(i);
        Set<String> members = IndicatorMethods.members(kind, council);
        if (kind == ComparatorKind.REGIONAL ? council.getRegion() == null
                : kind != ComparatorKind.NATIONAL && members == null) {
            return new Filled(null, "the council has no " + kind.getLiteral() + " group");
        }
        List<BigDecimal> values = new ArrayList<>();
        for (int j = 0; j < councils.size(); j++) {
            Council other = councils.get(j);
            boolean in = j != i && switch (kind) {
                case NATIONAL -> true;
                case REGIONAL -> Objects.equals(council.getRegion(), other.getRegion());
                default -> members.contains(other.getId());
            };
            if (in && !given.get(j).isNaN()) {
                values.add(Decimals.of(given.get(j)));
            }
        }
        if (values.isEmpty()) {
            return new Filled(null, "no other council of its " + kind.getLiteral() + " group has a value");
        }
        boolean median = imputation.getMethod() == ImputationMethod.COMPARATOR_MEDIAN;
        BigDecimal fill = median ? Decimals.median(values) : Decimals.mean(values);
        String group = kind == ComparatorKind.SIMILAR_COUNCILS ? "comparator-group" : kind.getLiteral() + " group";
        return new Filled(fill.doubleValue(), group + " " + (median ? "median" : "mean") + " of " + values.size()
            + " council" + (values.size() == 1 ? "" : "s"));
    }

    private static Filled fromSeries(ImputationMethod method, List<Point> points, int position) {
        Point earlier = null;
        Point later = null;
        for (Point p : points) {
            if (p.position() < position) {
                earlier = p;
            } else if (p.position() > position && later == null) {
                later = p;
            }
        }
        if (method == ImputationMethod.LATEST_EARLIER) {
            return earlier == null ? new Filled(null, "no earlier value")
                : new Filled(earlier.value(), "latest earlier value (" + earlier.period() + ")");
        }
        if (earlier == null || later == null) {
            return new Filled(null, "no " + (earlier == null ? "earlier" : "later") + " value to interpolate from");
        }
        BigDecimal v0 = Decimals.of(earlier.value());
        BigDecimal slope = Decimals.divide(Decimals.of(later.value()).subtract(v0),
            BigDecimal.valueOf(later.position() - earlier.position()));
        BigDecimal value = v0.add(slope.multiply(BigDecimal.valueOf(position - earlier.position())));
        return new Filled(value.doubleValue(), "linear interpolation between " + earlier.period() + " ("
            + ScoreFormat.format(earlier.value()) + ") and " + later.period() + " (" + ScoreFormat.format(later.value())
            + ")");
    }
}
