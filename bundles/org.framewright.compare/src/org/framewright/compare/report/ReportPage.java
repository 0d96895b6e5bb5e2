package org.framewright.compare.report;

import java.util.List;

import org.framewright.compare.internal.HtmlPage;

/** The self-contained HTML page a {@link ReportSection} writes into; text arguments are escaped unless said. */
public interface ReportPage {

    /** A heading of {@code level} (2 for a section). */
    ReportPage heading(int level, String text);

    /** A paragraph with the CSS class {@code cssClass} (e.g. {@code note}). */
    ReportPage paragraph(String cssClass, String text);

    /** A table; the cells are markup, so escape text with {@link #escape}. */
    ReportPage table(String cssId, List<String> headers, List<List<String>> rows);

    /** Markup as it is (inline SVG, for instance); no script, no external address. */
    ReportPage raw(String markup);

    /** {@code text} escaped for HTML. */
    static String escape(String text) {
        return HtmlPage.escape(text);
    }
}
