package org.framewright.compare.internal;

import java.util.List;

import org.framewright.compare.report.ReportPage;

/**
 * A self-contained HTML page under construction: inline CSS, no scripts, no external addresses, so that it opens
 * the same in any browser and can be mailed to a working group. Text is always escaped; only markup built here
 * (tables, badges, inline SVG charts) is added raw.
 */
public final class HtmlPage implements ReportPage {

    private static final String STYLE = """
        body{font-family:"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2933;margin:0;background:#f5f7fa;line-height:1.45}
        header{background:#1d3557;color:#fff;padding:20px 32px}header h1{margin:0;font-size:24px;font-weight:600}
        header p{margin:4px 0 0;color:#c9d6e8}main{padding:8px 32px 32px;max-width:1200px}
        h2{font-size:19px;color:#1d3557;border-bottom:2px solid #d9e2ec;padding-bottom:4px;margin-top:28px}
        h3{font-size:15px;color:#334e68;margin:18px 0 6px}
        table{border-collapse:collapse;background:#fff;width:100%;font-size:13px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
        th{background:#e4ebf3;text-align:left;padding:6px 8px;font-weight:600;border-bottom:1px solid #bcccdc}
        td{padding:5px 8px;border-bottom:1px solid #e4e7eb;vertical-align:top}tr:nth-child(even) td{background:#f9fbfd}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        .badge{display:inline-block;padding:1px 7px;border-radius:9px;font-size:11px;font-weight:600;color:#fff;background:#627d98}
        .keep,.changed{background:#2f855a}.revised,.moved{background:#b7791f}.new,.added{background:#2b6cb0}
        .retired,.removed{background:#c53030}.dropped{background:#6b46c1}.up{color:#2f855a}.down{color:#c53030}
        .cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}.card{background:#fff;padding:10px 16px;
        border-radius:6px;box-shadow:0 1px 2px rgba(0,0,0,.1);min-width:110px}.card b{display:block;font-size:22px;color:#1d3557}
        .note{background:#fffbea;border-left:4px solid #f0b429;padding:6px 10px;margin:6px 0}
        details{margin:8px 0}summary{cursor:pointer;font-weight:600;color:#334e68}
        svg text{font-family:"Segoe UI",Helvetica,Arial,sans-serif}footer{color:#829ab1;font-size:12px;padding:0 32px 24px}
        """;

    private final StringBuilder body = new StringBuilder();
    private final String title;

    /** A page with this title (shown in the header and the browser tab). */
    public HtmlPage(String title, String subtitle) {
        this.title = title;
        body.append("<header><h1>").append(escape(title)).append("</h1>");
        if (!subtitle.isEmpty()) {
            body.append("<p>").append(escape(subtitle)).append("</p>");
        }
        body.append("</header>\n<main>\n");
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Adds a heading of level 2 or 3. */
    @Override
    public HtmlPage heading(int level, String text) {
        body.append("<h").append(level).append('>').append(escape(text)).append("</h").append(level).append(">\n");
        return this;
    }

    /** Adds a paragraph; {@code cssClass} may be empty. */
    @Override
    public HtmlPage paragraph(String cssClass, String text) {
        body.append(cssClass.isEmpty() ? "<p>" : "<p class=\"" + cssClass + "\">").append(escape(text))
            .append("</p>\n");
        return this;
    }

    /** Adds a row of headline figures: labels and values side by side. */
    public HtmlPage cards(List<String[]> labelAndValue) {
        body.append("<div class=\"cards\">");
        for (String[] card : labelAndValue) {
            body.append("<div class=\"card\"><b>").append(escape(card[1])).append("</b>").append(escape(card[0]))
                .append("</div>");
        }
        body.append("</div>\n");
        return this;
    }

    /** A badge cell's markup: {@code text} on the colour of {@code cssClass}. */
    public static String badge(String cssClass, String text) {
        return "<span class=\"badge " + cssClass + "\">" + escape(text) + "</span>";
    }

    /**
     * Adds a table; headers ending in {@code #} are numeric (right-aligned); all-empty headers mean no header row.
     * Cells are markup: escape text with {@link #escape(String)}.
     */
    @Override
    public HtmlPage table(String cssId, List<String> headers, List<List<String>> rows) {
        body.append(cssId.isEmpty() ? "<table>" : "<table id=\"" + cssId + "\">");
        if (headers.stream().anyMatch(h -> !h.isEmpty())) {
            body.append("<thead><tr>");
            for (String header : headers) {
                boolean numeric = header.endsWith("#");
                String text = numeric ? header.substring(0, header.length() - 1) : header;
                body.append(numeric ? "<th class=\"num\">" : "<th>").append(escape(text)).append("</th>");
            }
            body.append("</tr></thead>");
        }
        body.append("\n<tbody>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                boolean numeric = i < headers.size() && headers.get(i).endsWith("#");
                body.append(numeric ? "<td class=\"num\">" : "<td>").append(row.get(i)).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody></table>\n");
        return this;
    }

    /** Adds markup built by the caller (inline SVG, details elements). */
    @Override
    public HtmlPage raw(String markup) {
        body.append(markup).append('\n');
        return this;
    }

    /** The complete document. */
    public String toHtml(String footer) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
            + "</title><style>" + STYLE + "</style></head>\n<body>\n" + body + "</main>\n<footer>" + escape(footer)
            + "</footer>\n</body></html>\n";
    }
}
