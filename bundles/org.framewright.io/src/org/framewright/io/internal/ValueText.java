package org.framewright.io.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a value cell: a plain decimal number, or a missing marker. Missing values are never read as 0. The number
 * form is deliberately narrower than {@link Double#parseDouble}: no NaN, Infinity, hexadecimal or {@code 1d}.
 */
public final class ValueText {

    /** The markers of a missing value as statistical publications write them (an empty cell too). */
    public static final List<String> MISSING_MARKERS = List.of("", "NA", "c", ":", "[c]", "[x]", "x", "*", "-");

    private static final Set<String> MARKERS_LOWER_CASE = Set.of("", "na", "c", ":", "[c]", "[x]", "x", "*", "-");

    private ValueText() {
    }

    /** Whether {@code text} (trimmed) is a missing marker; letters match in any case (na, C, [X]). */
    public static boolean isMissing(String text) {
        return MARKERS_LOWER_CASE.contains(text.length() > 3 ? text : text.toLowerCase(Locale.ROOT));
    }

    /** The number {@code text} (trimmed) stands for, or null when it is not a plain, finite decimal number. */
    public static Double parse(String text) {
        if (!isDecimal(text)) {
            return null;
        }
        Double value = Double.valueOf(text);
        return value.isInfinite() ? null : value;
    }

    /** [+-] digits [. digits] [e [+-] digits], with at least one digit before or after the point. */
    static boolean isDecimal(String text) {
        int i = 0;
        int n = text.length();
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
