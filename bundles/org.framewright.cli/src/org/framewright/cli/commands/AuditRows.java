package org.framewright.cli.commands;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.framewright.audit.AreaAudit;
import org.framewright.audit.AuditReport;
import org.framewright.audit.Descriptives;
import org.framewright.audit.IndicatorAudit;
import org.framewright.audit.StatisticalAudit;

/** The tables of the audit's table and HTML outputs, as rows of cells (the first row is the header). */
final class AuditRows {

    private AuditRows() {
    }

    static List<List<String>> indicators(AuditReport report) {
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

    static List<String> flags(IndicatorAudit i) {
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

    static List<List<String>> areas(AuditReport report) {
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

    static List<List<String>> collinearPairs(AuditReport report) {
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
    static List<List<String>> matrix(AuditReport report, boolean spearman) {
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

    static String title(AuditReport report) {
        return "Statistical audit of " + report.framework() + " / " + report.scheme()
            + (report.period() == null ? "" : ", period " + report.period()) + ": " + report.councils()
            + " councils; collinear means |Pearson r| > " + StatisticalAudit.COLLINEAR
            + "; LOO = leave one out, median and maximum absolute rank shift";
    }

    /** {@code value} with {@code decimals} decimals (half up); empty for NaN. */
    static String fixed(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        String text = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }
}
