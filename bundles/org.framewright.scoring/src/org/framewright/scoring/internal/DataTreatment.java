package org.framewright.scoring.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.framewright.model.AvailabilityScreen;
import org.framewright.model.Council;
import org.framewright.model.Denomination;
import org.framewright.model.Imputation;
import org.framewright.model.Indicator;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.Denominations;
import org.framewright.scoring.Imputations;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.internal.SeriesIndex.Point;

/**
 * A scheme's data treatments applied, in their defined order, to the values of the indicators a run scores, before
 * any indicator rule: denomination, imputation, then the availability screen (the outlier treatment follows per
 * indicator in {@link IndicatorScorer}). Every change is kept per council and indicator ({@link TreatedColumn}), and
 * the run's notes say what each treatment did.
 */
final class DataTreatment {

    private final Map<String, TreatedColumn> columns = new LinkedHashMap<>();
    private final Map<Council, String> screened = new LinkedHashMap<>();

    private DataTreatment() {
    }

    /** The treated values of {@code indicators} (those the run scores) for every council of {@code data}. */
    static DataTreatment apply(ScoringScheme scheme, List<Indicator> indicators, DataIndex data,
            List<String> runNotes) {
        DataTreatment treatment = new DataTreatment();
        List<Council> councils = data.councils();
        for (Indicator indicator : indicators) {
            List<Double> raw = new ArrayList<>();
            councils.forEach(c -> raw.add(data.value(c, indicator.getId())));
            TreatedColumn column = new TreatedColumn(raw);
            Denomination denomination = Denominations.of(scheme, indicator);
            if (denomination != null) {
                Denominator.apply(denomination, indicator.getId(), councils, data, column, runNotes);
            }
            treatment.columns.put(indicator.getId(), column);
        }
        AvailabilityScreen screen = scheme.getAvailabilityScreen();
        if (screen != null && !indicators.isEmpty()) {
            treatment.screen(screen, councils, data, runNotes);
        }
        treatment.impute(scheme, indicators, data, runNotes);
        treatment.columns.values().forEach(column -> {
            for (int i = 0; i < councils.size(); i++) {
                if (column.screened[i]) {
                    column.values.set(i, null);
                    column.changes.get(i).add(treatment.screened.get(councils.get(i)));
                }
            }
        });
        return treatment;
    }

    private void impute(ScoringScheme scheme, List<Indicator> indicators, DataIndex data, List<String> runNotes) {
        scheme.getImputations().forEach(imputation -> Imputer.requireComparators(imputation, data.dataSet()));
        SeriesIndex series = null;
        for (Indicator indicator : indicators) {
            Imputation imputation = Imputations.of(scheme, indicator);
            if (imputation == null) {
                continue;
            }
            Denomination denomination = Denominations.of(scheme, indicator);
            if (series == null && !Imputations.needsComparators(imputation.getMethod())) {
                series = seriesOf(scheme, indicators, data);
            }
            SeriesIndex index = series;
            Function<Council, List<Point>> own = index == null ? c -> List.of() : c -> denomination == null
                ? index.of(c, indicator.getId())
                : Denominator.series(denomination, index.of(c, indicator.getId()),
                    index.of(c, Denominations.denominatorId(denomination)));
            Integer position = index == null || data.period() == null ? null : index.position(data.period());
            Imputer.apply(imputation, indicator.getId(), data.councils(), data, columns.get(indicator.getId()), own,
                position == null ? Integer.MIN_VALUE : position, runNotes);
        }
    }

    private static SeriesIndex seriesOf(ScoringScheme scheme, List<Indicator> indicators, DataIndex data) {
        Set<String> ids = new HashSet<>();
        for (Indicator indicator : indicators) {
            ids.add(indicator.getId());
            Denomination denomination = Denominations.of(scheme, indicator);
            if (denomination != null) {
                ids.add(Denominations.denominatorId(denomination));
            }
        }
        return new SeriesIndex(data.dataSet(), ids);
    }

    /**
     * Marks unscored each council with data in the period whose values in the data (denominated, not imputed) cover
     * less than the screen's share of the indicators. The screen comes after imputation and its decision does not
     * depend on it, so it is taken first: a council it leaves unscored is not imputed for nothing.
     */
    private void screen(AvailabilityScreen screen, List<Council> councils, DataIndex data, List<String> runNotes) {
        int total = columns.size();
        List<String> who = new ArrayList<>();
        for (int i = 0; i < councils.size(); i++) {
            if (!data.hasRow(councils.get(i))) {
                continue;
            }
            int count = 0;
            for (TreatedColumn column : columns.values()) {
                count += column.values.get(i) == null ? 0 : 1;
            }
            double percent = 100.0 * count / total;
            if (percent >= screen.getMinimumPercent()) {
                continue;
            }
            screened.put(councils.get(i), "unscored: " + count + " of " + total + " indicators ("
                + ScoreFormat.format(percent) + " %) below the " + ScoreFormat.format(screen.getMinimumPercent())
                + " % availability screen");
            who.add(councils.get(i).getId() + " (" + count + " of " + total + ")");
            for (TreatedColumn column : columns.values()) {
                column.screened[i] = true;
            }
        }
        runNotes.add("availability screen " + screen.getId() + " (" + ScoreFormat.format(screen.getMinimumPercent())
            + " % of " + total + " indicators): " + (who.isEmpty() ? "every council passes"
                : who.size() + " council(s) unscored: " + String.join(", ", who)));
    }

    /** The indicator's treated values. */
    TreatedColumn column(String indicatorId) {
        return columns.get(indicatorId);
    }

    /** The note of each council the availability screen left unscored. */
    Map<Council, String> screened() {
        return screened;
    }
}
