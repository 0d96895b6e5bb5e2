package org.framewright.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;


/**
 * The audit as tables of text cells, the first row of each the header: what the CLI's table and HTML outputs and the
 * workbench's Audit view show, so they show the same.
 */
public final class AuditTables {

    private AuditTables() {
    }

    /** One row per indicator: statistics, correlations with its area and the overall score, leave-one-out, flags. */
    public static List<List<String>> indicators(AuditReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Indicator", "Area", "N", "Avail%", "Mean", "Median", "Min", "Max", "Skew", "Kurt",
            "Outliers", "r area", "r overall", "LOO median", "LOO max", "Flags"));
        for (IndicatorAudit i : report.indicators()) {
            Descriptives d = i.statistics();
            rows.add(List.of(i.indicator(), i.area() == null ? "" : i.area(), String.valueOf(i.available()),
                fixed(i.availability(), 1), fixed(d.mean(), 4), fixed(d.median(), 4), fixed(d.min(), 4),
                fixed(d.max(), 4), fixed(d.skewness(), 3), fixed(d.kurtosis(), 3), String.valueOf(i.outliers().size()),
                fixed(i.correlationWithArea(), 3), fixed(i.correlationWithOverall(), 3),
                fixed(i.leaveOneOut().median(), 1), fixed(i.leaveOneOut().max(), 0), String.join("; ", flags(i))));
        }
        return rows;
    }

    /** What is flagged about the indicator: the JRC outlier rule, negative correlation with its area, collinearity. */
    public static List<String> flags(IndicatorAudit i) {
        List<String> flags = new ArrayList<>();
        if (i.statistics().skewKurtosisOutlier()) {
            flags.add("|skew| > 2 and kurtosis > 3.5");
        }
        if (i.negativelyCorrelatedWithArea()) {
            flags.add("negatively correlated with area " + i.area());
        }
        if (!i.collinearWith().isEmpty()) {
            flags.add("collinear with " + String.join(", ", i.collinearWith()));
        }
        return flags;
    }

    /** One row per area: alpha, first component share, correlation with the overall score, leave-one-out. */
    public static List<List<String>> areas(AuditReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Area", "Indicators", "Complete", "Alpha", "PC1 share", "r overall", "LOO median", "LOO max",
            "Name"));
        for (AreaAudit a : report.areas()) {
            rows.add(List.of(a.area(), String.valueOf(a.indicators().size()), String.valueOf(a.completeCouncils()),
                fixed(a.cronbachAlpha(), 3), fixed(a.firstComponentShare(), 3), fixed(a.correlationWithOverall(), 3),
                fixed(a.leaveOneOut().median(), 1), fixed(a.leaveOneOut().max(), 0), a.name()));
        }
        return rows;
    }

    /** One row per collinear pair with its Pearson and Spearman correlations. */
    public static List<List<String>> collinearPairs(AuditReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Indicator", "Indicator", "Pearson", "Spearman"));
        for (String[] pair : report.collinearPairs()) {
            IndicatorAudit first = report.indicators().stream().filter(i -> i.indicator().equals(pair[0])).findFirst()
                .orElseThrow();
            rows.add(List.of(pair[0], pair[1], fixed(first.pearson().get(pair[1]), 3),
                fixed(first.spearman().get(pair[1]), 3)));
        }
        return rows;
    }

    /** The Pearson ({@code spearman} false) or Spearman correlation matrix, the diagonal 1. */
    public static List<List<String>> matrix(AuditReport report, boolean spearman) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(spearman ? "Spearman" : "Pearson"));
        report.indicators().forEach(i -> header.add(i.indicator()));
        rows.add(header);
        for (IndicatorAudit i : report.indicators()) {
            List<String> row = new ArrayList<>(List.of(i.indicator()));
            for (IndicatorAudit other : report.indicators()) {
                row.add(i == other ? "1" : fixed((spearman ? i.spearman() : i.pearson()).get(other.indicator()), 2));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The columns of the weights table (and of {@code framewright audit --weights}'s CSV). */
    public static final List<String> WEIGHT_COLUMNS = List.of("row", "id", "area", "current", "effective", "pca",
        "optimised");

    /**
     * The weights table: {@link #WEIGHT_COLUMNS}, then one row per weighted input ({@link WeightRow}), percentages of
     * the overall score with up to 6 decimals; empty where a weight could not be computed.
     */
    public static List<List<String>> weights(WeightReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(WEIGHT_COLUMNS);
        for (WeightRow row : report.rows()) {
            rows.add(List.of(String.valueOf(row.row()), row.id(), row.area(), percent(row.current()),
                percent(row.effective()), percent(row.pca()), percent(row.optimised())));
        }
        return rows;
    }

    private static String percent(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "" : org.framewright.scoring.ScoreFormat.format(value);
    }

    /** One line saying what was audited and how to read the tables. */
    public static String title(AuditReport report) {
        return "Statistical audit of " + report.framework() + " / " + report.scheme()
            + (report.period() == null ? "" : ", period " + report.period()) + ": " + report.councils()
            + " councils; collinear means |Pearson r| > " + StatisticalAudit.COLLINEAR
            + "; LOO = leave one out, median and maximum absolute rank shift";
    }

    /** {@code value} with {@code decimals} decimals (half up); empty for NaN. */
    public static String fixed(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        String text = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }

    /**
     * The colour of correlation {@code r} in a heatmap as {red, green, blue}: white at 0, blue towards +1, red
     * towards -1, grey when undefined.
     */
    public static int[] colour(double r) {
        if (Double.isNaN(r)) {
            return new int[] {204, 204, 204};
        }
        int fade = (int) Math.round(255 * (1 - Math.min(1, Math.abs(r))));
        return r >= 0 ? new int[] {fade, fade, 255} : new int[] {255, fade, fade};
    }
}
