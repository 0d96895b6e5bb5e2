package org.framewright.cli.commands;

import static org.framewright.cli.commands.ScoreJson.string;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.framewright.audit.AreaAudit;
import org.framewright.audit.AuditReport;
import org.framewright.audit.Descriptives;
import org.framewright.audit.IndicatorAudit;
import org.framewright.audit.RankShift;
import org.framewright.scoring.ScoreFormat;

/**
 * The JSON of {@code framewright audit}: one object per indicator with its {@code indicator} id and the statistics
 * by name, one per area, and the collinear pairs. A statistic the data cannot give is {@code null}.
 */
final class AuditJson {

    private AuditJson() {
    }

    static String render(AuditReport report) {
        String indicators = report.indicators().stream().map(AuditJson::indicator)
            .collect(Collectors.joining(",\n", "[\n", "\n  ]"));
        String areas = report.areas().stream().map(AuditJson::area).collect(Collectors.joining(",\n", "[\n", "\n  ]"));
        String pairs = report.collinearPairs().stream().map(p -> "{\"indicators\": " + strings(List.of(p))
            + ", \"pearson\": " + number(pearson(report, p[0], p[1])) + "}").collect(Collectors.joining(", ", "[", "]"));
        return "{\n  \"framework\": " + string(report.framework()) + ",\n  \"scheme\": " + string(report.scheme())
            + ",\n  \"period\": " + string(report.period()) + ",\n  \"councils\": " + report.councils()
            + ",\n  \"notes\": " + strings(report.notes()) + ",\n  \"indicators\": " + indicators
            + ",\n  \"areas\": " + areas + ",\n  \"collinearPairs\": " + pairs + "\n}\n";
    }

    private static double pearson(AuditReport report, String a, String b) {
        return report.indicators().stream().filter(i -> i.indicator().equals(a)).findFirst().orElseThrow().pearson()
            .get(b);
    }

    private static String indicator(IndicatorAudit i) {
        Descriptives d = i.statistics();
        return "    {\"indicator\": " + string(i.indicator()) + ", \"name\": " + string(i.name()) + ", \"area\": "
            + string(i.area()) + ", \"available\": " + i.available() + ", \"availability\": " + number(i.availability())
            + ", \"mean\": " + number(d.mean()) + ", \"median\": " + number(d.median()) + ", \"min\": " + number(d.min())
            + ", \"max\": " + number(d.max()) + ", \"skewness\": " + number(d.skewness()) + ", \"kurtosis\": "
            + number(d.kurtosis()) + ", \"lowerFence\": " + number(d.lowerFence()) + ", \"upperFence\": "
            + number(d.upperFence()) + ", \"outliers\": " + strings(i.outliers()) + ", \"skewKurtosisOutlier\": "
            + d.skewKurtosisOutlier() + ", \"correlationWithArea\": " + number(i.correlationWithArea())
            + ", \"negativelyCorrelatedWithArea\": " + i.negativelyCorrelatedWithArea()
            + ", \"correlationWithOverall\": " + number(i.correlationWithOverall()) + ", \"collinearWith\": "
            + strings(i.collinearWith()) + ", " + rankShift(i.leaveOneOut()) + ",\n     \"pearson\": "
            + numbers(i.pearson()) + ",\n     \"spearman\": " + numbers(i.spearman()) + "}";
    }

    private static String area(AreaAudit a) {
        return "    {\"area\": " + string(a.area()) + ", \"name\": " + string(a.name()) + ", \"indicators\": "
            + strings(a.indicators()) + ", \"completeCouncils\": " + a.completeCouncils() + ", \"cronbachAlpha\": "
            + number(a.cronbachAlpha()) + ", \"firstComponentShare\": " + number(a.firstComponentShare())
            + ", \"correlationWithOverall\": " + number(a.correlationWithOverall()) + ", " + rankShift(a.leaveOneOut())
            + "}";
    }

    private static String rankShift(RankShift shift) {
        return "\"leaveOneOutMedianRankShift\": " + number(shift.median()) + ", \"leaveOneOutMaxRankShift\": "
            + number(shift.max()) + ", \"leaveOneOutNote\": " + string(shift.note());
    }

    private static String numbers(Map<String, Double> values) {
        return values.entrySet().stream().map(e -> string(e.getKey()) + ": " + number(e.getValue()))
            .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "null" : ScoreFormat.format(value);
    }

    private static String strings(List<String> values) {
        return values.stream().map(ScoreJson::string).collect(Collectors.joining(", ", "[", "]"));
    }
}
