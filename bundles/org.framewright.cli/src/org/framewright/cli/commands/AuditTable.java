package org.framewright.cli.commands;

import org.framewright.audit.AuditReport;
import org.framewright.audit.AuditTables;

/** The readable text of {@code framewright audit}: the indicator, area, collinear-pair and correlation tables. */
final class AuditTable {

    private AuditTable() {
    }

    static String render(AuditReport report) {
        StringBuilder text = new StringBuilder(AuditTables.title(report)).append("\n\nIndicators\n")
            .append(ScoreTable.align(AuditTables.indicators(report))).append("\nAreas\n")
            .append(ScoreTable.align(AuditTables.areas(report)));
        if (!report.collinearPairs().isEmpty()) {
            text.append("\nCollinear pairs\n").append(ScoreTable.align(AuditTables.collinearPairs(report)));
        }
        text.append("\nPearson correlations of the indicators' scores\n")
            .append(ScoreTable.align(AuditTables.matrix(report, false)));
        for (String note : report.notes()) {
            text.append("\nnote: ").append(note);
        }
        return text.toString();
    }
}
