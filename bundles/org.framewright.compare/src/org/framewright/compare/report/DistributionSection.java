package org.framewright.compare.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.framewright.compare.internal.HtmlPage;
import org.framewright.compare.internal.SvgBarChart;
import org.framewright.model.ScaleLevel;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.ScoringResult;

/**
 * The rating distribution chart: councils per overall rating in the order of the scheme's rating scale; for a
 * scheme without ratings (a composite index), councils per tenth of the range of overall scores.
 */
final class DistributionSection {

    /** The number of score bins when there are no ratings. */
    static final int BINS = 10;

    private DistributionSection() {
    }

    static void write(HtmlPage page, ScoringScheme scheme, ScoringResult result) {
        boolean rated = result.councils().stream().anyMatch(c -> c.overall() != null && !c.overall().rating().isEmpty());
        if (rated) {
            page.heading(2, "Rating distribution");
            page.raw(SvgBarChart.render("Councils per overall rating", ratingBars(scheme, result), true));
        } else {
            page.heading(2, "Distribution of overall scores");
            page.paragraph("", "The scheme gives no overall rating; councils are counted per tenth of the range of "
                + "overall scores.");
            page.raw(SvgBarChart.render("Councils per overall score band", scoreBars(result), false));
        }
    }

    static List<SvgBarChart.Bar> ratingBars(ScoringScheme scheme, ScoringResult result) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (scheme.getRatingScale() != null) {
            scheme.getRatingScale().getLevels().stream().sorted(Comparator.comparingInt(ScaleLevel::getValue))
                .forEach(level -> counts.put(level.getName(), 0));
        }
        for (CouncilResult council : result.councils()) {
            String rating = council.overall() == null || council.overall().rating().isEmpty() ? "(unrated)"
                : council.overall().rating();
            counts.merge(rating, 1, Integer::sum);
        }
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        counts.forEach((label, count) -> bars.add(new SvgBarChart.Bar(label, count)));
        return bars;
    }

    static List<SvgBarChart.Bar> scoreBars(ScoringResult result) {
        double[] scores = result.councils().stream().map(c -> c.overall() == null ? null : c.overall().score())
            .filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        if (scores.length == 0) {
            return bars;
        }
        double min = java.util.Arrays.stream(scores).min().getAsDouble();
        double max = java.util.Arrays.stream(scores).max().getAsDouble();
        double width = max > min ? (max - min) / BINS : 1;
        int[] counts = new int[BINS];
        for (double score : scores) {
            counts[Math.min(BINS - 1, (int) ((score - min) / width))]++;
        }
        for (int i = 0; i < BINS; i++) {
            bars.add(new SvgBarChart.Bar(round(min + i * width) + "\u2013" + round(min + (i + 1) * width), counts[i]));
        }
        return bars;
    }

    private static String round(double value) {
        return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }
}
