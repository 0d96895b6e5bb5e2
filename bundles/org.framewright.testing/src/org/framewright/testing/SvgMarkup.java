package org.framewright.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back the inline SVG drawings of the HTML pages Framewright writes ({@code audit --format html},
 * {@code report}, the workbench's Write Report): the drawing of a CSS class, and the values its elements carry in
 * attributes ({@code data-council}, {@code data-rank}...), as the tests of those pages check them.
 */
public final class SvgMarkup {

    private SvgMarkup() {
    }

    /** The markup of the first drawing of class {@code cssClass} in {@code html} (up to its end); fails if none. */
    public static String svg(String html, String cssClass) {
        int start = html.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"" + cssClass + "\"");
        if (start < 0) {
            throw new AssertionError("no SVG of class " + cssClass);
        }
        return html.substring(start, html.indexOf("</svg>", start));
    }

    /** Group 1 of every match of {@code regex} in {@code text}, in order. */
    public static List<String> attributes(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** How often {@code part} occurs in {@code text}. */
    public static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
