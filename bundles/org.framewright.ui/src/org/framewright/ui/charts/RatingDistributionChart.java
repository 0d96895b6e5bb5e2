package org.framewright.ui.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.framewright.model.Scale;
import org.framewright.model.ScaleLevel;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.ScoringResult;

/**
 * How many councils reached each overall rating (one bar per level of the rating scale, lowest first); for a scheme
 * without ratings, how many councils' overall scores fall in each tenth of the scores' range.
 */
public final class RatingDistributionChart {

    /** The id of the one bar series. */
    public static final String SERIES = "councils";

    private static final int SCORE_BINS = 10;

    private final Chart chart;
    private String[] categories = {};
    private double[] counts = {};

    /** Creates the (empty) chart. */
    public RatingDistributionChart(Composite parent) {
        chart = Charts.create(parent, "Overall ratings");
        chart.getLegend().setVisible(false);
        Charts.titles(chart, "Overall rating", "Councils");
    }

    /** Shows the distribution of {@code result}'s overall ratings (or scores). */
    public void show(ScoringResult result) {
        Scale scale = ratingScale(result);
        if (scale != null) {
            byRating(result, scale);
        } else {
            byScore(result);
        }
        chart.suspendUpdate(true);
        Charts.clear(chart);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.enableCategory(true);
        x.setCategorySeries(categories);
        // long rating names ("Requires improvement") would run into each other level
        boolean longLabels = Arrays.stream(categories).anyMatch(c -> c.length() > 10);
        x.getTick().setTickLabelAngle(longLabels ? 20 : 0);
        IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, SERIES);
        bars.setYSeries(counts);
        bars.setBarColor(Charts.color(chart, 0));
        bars.enableStack(false);
        Charts.titles(chart, scale != null ? "Overall rating (" + scale.getName() + ")" : "Overall score",
            "Councils");
        chart.getTitle().setText(scale != null ? "Overall ratings" : "Overall scores");
        // councils without an overall result (unscored, screened out) are in no bar: the title says so
        long shown = Math.round(Arrays.stream(counts).sum());
        chart.getAxisSet().getYAxis(0).getTitle().setText("Councils (" + shown + " of " + result.councils().size()
            + ")");
        chart.getAxisSet().adjustRange();
        chart.suspendUpdate(false);
        chart.redraw();
    }

    private void byRating(ScoringResult result, Scale scale) {
        List<ScaleLevel> levels = scale.getLevels();
        categories = levels.stream().map(l -> l.getName() == null ? String.valueOf(l.getValue()) : l.getName())
            .toArray(String[]::new);
        counts = new double[levels.size()];
        for (CouncilResult council : result.councils()) {
            ScaleLevel level = council.overall() == null ? null : council.overall().level();
            for (int i = 0; i < levels.size(); i++) {
                if (level != null && (level == levels.get(i) || level.getId() != null
                        && level.getId().equals(levels.get(i).getId()))) {
                    counts[i]++;
                }
            }
        }
    }

    private void byScore(ScoringResult result) {
        List<Double> scores = new ArrayList<>();
        result.councils().stream().filter(c -> c.overall() != null && c.overall().score() != null)
            .forEach(c -> scores.add(c.overall().score()));
        double low = scores.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double high = scores.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double width = (high - low) / SCORE_BINS;
        int bins = width > 0 ? SCORE_BINS : 1;
        categories = new String[bins];
        counts = new double[bins];
        int decimals = width >= 1 ? 0 : 2;
        for (int i = 0; i < bins; i++) {
            categories[i] = edge(low + i * width, decimals) + "-" + edge(low + (i + 1) * width, decimals);
        }
        for (double score : scores) {
            counts[width > 0 ? Math.min(bins - 1, (int) ((score - low) / width)) : 0]++;
        }
    }

    /** A bin edge, whole when bins are at least 1 wide (short labels that do not overlap). */
    private static String edge(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return ScoreFormat.format(Math.round(value * scale) / scale);
    }

    /** The scale of the councils' overall levels, or null when no council has a rating. */
    private static Scale ratingScale(ScoringResult result) {
        return result.councils().stream().map(CouncilResult::overall)
            .filter(o -> o != null && o.level() != null && o.level().eContainer() instanceof Scale)
            .map(o -> (Scale) o.level().eContainer()).findFirst().orElse(null);
    }

    /** The bars' categories (rating names, or score ranges), as on the x axis. */
    public List<String> categories() {
        return List.of(categories);
    }

    /** The number of councils per category. */
    public double[] counts() {
        return counts.clone();
    }

    /** The chart control. */
    public Chart chart() {
        return chart;
    }
}
