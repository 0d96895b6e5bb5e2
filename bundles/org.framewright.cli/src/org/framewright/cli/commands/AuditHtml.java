package org.framewright.cli.commands;

import java.util.List;
import java.util.Locale;

import org.framewright.audit.AuditReport;
import org.framewright.audit.AuditTables;
import org.framewright.audit.IndicatorAudit;
import org.framewright.audit.WeightSunburst;

/**
 * The HTML report of {@code framewright audit}: one self-contained page with the tables of the text output and, as
 * inline SVG (no script): the framework's sunburst of levels and weights, a strip of every indicator's values with
 * its outliers marked ({@link AuditPlots}), and the Pearson correlation heatmap (blue positive, red negative).
 */
final class AuditHtml {

    private static final int CELL = 28;
    private static final int MARGIN = 48;

    private AuditHtml() {
    }

    static String render(AuditReport report, WeightSunburst sunburst) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Statistical audit of " + escape(report.framework()) + "</title><style>"
            + "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1.5em}"
            + "th,td{border:1px solid #ccc;padding:2px 6px;font-size:13px}td.n{text-align:right}"
            + "</style></head><body>\n<h1>Statistical audit</h1>\n<p>" + escape(AuditTables.title(report)) + "</p>\n");
        section(html, "Indicators", AuditTables.indicators(report));
        section(html, "Areas", AuditTables.areas(report));
        if (!sunburst.segments().isEmpty()) {
            html.append("<h2>Levels and weights</h2>\n<p>Each segment's angle is its share of the overall score (the"
                + " product of the weights on its way up); hover a segment for its weight and the share of the"
                + " overall score's variance it carries.</p>\n").append(AuditPlots.sunburst(sunburst)).append('\n');
        }
        html.append("<h2>Distributions of the indicators' values</h2>\n<p>One dot per council; outliers (outside the"
            + " Tukey fences Q1 - 1.5 IQR .. Q3 + 1.5 IQR, dashed) in red; the median as a dark bar. Indicators the"
            + " JRC's rule flags (|skew| &gt; 2 and kurtosis &gt; 3.5) say so under their id.</p>\n")
            .append(AuditPlots.distributions(report.indicators()));
        if (!report.collinearPairs().isEmpty()) {
            section(html, "Collinear pairs", AuditTables.collinearPairs(report));
        }
        html.append("<h2>Pearson correlations of the indicators' scores</h2>\n").append(heatmap(report)).append('\n');
        section(html, "Pearson correlations", AuditTables.matrix(report, false));
        section(html, "Spearman correlations", AuditTables.matrix(report, true));
        for (String note : report.notes()) {
            html.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static void section(StringBuilder html, String heading, List<List<String>> rows) {
        html.append("<h2>").append(escape(heading)).append("</h2>\n<table><thead><tr>");
        rows.get(0).forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>\n");
        for (List<String> row : rows.subList(1, rows.size())) {
            html.append("<tr>");
            for (String cell : row) {
                boolean number = cell.matches("-?[0-9.]+");
                html.append(number ? "<td class=\"n\">" : "<td>").append(escape(cell)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    /** The correlation matrix as coloured squares, labelled with the indicator ids; each square's title gives r. */
    static String heatmap(AuditReport report) {
        List<IndicatorAudit> indicators = report.indicators();
        int size = MARGIN + CELL * indicators.size();
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heatmap\" width=\""
            + size + "\" height=\"" + size + "\" font-size=\"10\">");
        for (int row = 0; row < indicators.size(); row++) {
            IndicatorAudit i = indicators.get(row);
            svg.append(text(MARGIN - 4, MARGIN + row * CELL + CELL / 2 + 3, "end", i.indicator()));
            svg.append("<text x=\"").append(MARGIN + row * CELL + CELL / 2).append("\" y=\"").append(MARGIN - 6)
                .append("\" text-anchor=\"start\" transform=\"rotate(-60 ").append(MARGIN + row * CELL + CELL / 2)
                .append(' ').append(MARGIN - 6).append(")\">").append(escape(i.indicator())).append("</text>");
            for (int column = 0; column < indicators.size(); column++) {
                IndicatorAudit other = indicators.get(column);
                double r = i == other ? 1 : i.pearson().get(other.indicator());
                svg.append("<rect x=\"").append(MARGIN + column * CELL).append("\" y=\"").append(MARGIN + row * CELL)
                    .append("\" width=\"").append(CELL).append("\" height=\"").append(CELL).append("\" fill=\"")
                    .append(colour(r)).append("\"><title>").append(escape(i.indicator() + " x " + other.indicator()
                        + ": r = " + (Double.isNaN(r) ? "undefined" : AuditTables.fixed(r, 3))))
                    .append("</title></rect>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The heatmap colour of {@code r} as #rrggbb. */
    static String colour(double r) {
        int[] rgb = AuditTables.colour(r);
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }

    private static String text(int x, int y, String anchor, String label) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\">" + escape(label) + "</text>";
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\"", "&quot;");
    }
}
