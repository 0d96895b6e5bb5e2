package org.framewright.examples.report;

import java.util.ArrayList;
import java.util.List;

import org.framewright.compare.report.ReportInput;
import org.framewright.compare.report.ReportPage;
import org.framewright.compare.report.ReportSection;
import org.framewright.model.AggregationRule;
import org.framewright.model.IndicatorRule;
import org.framewright.model.methods.MethodDescriptor;
import org.framewright.model.methods.MethodKind;
import org.framewright.model.methods.ScoringMethods;

/**
 * A report section: the scoring methods the scheme uses, each with its name, what it computes and the plugin that
 * provides it, so a reader of the report knows which plugins its numbers depend on.
 */
public final class MethodsSection implements ReportSection {

    @Override
    public void write(ReportPage page, ReportInput input) {
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorRule rule : input.scheme().getIndicatorRules()) {
            rows.add(row(rule.getId(), MethodKind.INDICATOR_SCORING, rule.getMethod()));
            rows.add(row(rule.getId(), MethodKind.NORMALISATION, rule.getNormalisation()));
        }
        for (AggregationRule rule : input.scheme().getAggregations()) {
            rows.add(row(rule.getId(), MethodKind.AGGREGATION, rule.getMethod()));
        }
        page.heading(2, "Scoring methods and their plugins");
        page.table("methods", List.of("Rule", "Kind", "Method", "Computes", "Provided by"), rows);
    }

    private static List<String> row(String ruleId, MethodKind kind, String methodId) {
        MethodDescriptor method = ScoringMethods.installed().find(kind, methodId);
        return List.of(ReportPage.escape(ruleId), ReportPage.escape(kind.label()),
            ReportPage.escape(method == null ? methodId : method.name() + " (" + methodId + ")"),
            ReportPage.escape(method == null ? "" : method.description()),
            ReportPage.escape(method == null ? "no installed plugin" : method.contributor()));
    }
}
