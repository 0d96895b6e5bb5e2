package org.framewright.cli.commands;

import org.framewright.audit.AuditReport;

/** The readable text of {@code framewright audit}: the indicator, area, collinear-pair and correlation tables. */
final class AuditTable {

    private AuditTable() {
    }

    static String render(AuditReport report) {
        StringBuilder text = new StringBuilder(AuditRows.title(report)).append("\n\nIndicators\n")
            .append(ScoreTable.align(AuditRows.indicators(report))).append("\nAreas\n")
            .append(ScoreTable.align(AuditRows.areas(report)));
        if (!report.collinearPairs().isEmpty()) {
            text.append("\nCollinear pairs\n").append(ScoreTable.align(AuditRows.collinearPairs(report)));
        }
        text.append("\nPearson correlations of the indicators' scores\n")
            .append(ScoreTable.align(AuditRows.matrix(report, false)));
        for (String note : report.notes()) {
            text.append("\nnote: ").append(note);
        }
        return text.toString();
    }
}
