package org.framewright.model.resource;

/**
 * Text from a user's file as messages show it: on one line, without control characters or terminal escape
 * sequences reaching the terminal, and short. Every message that quotes a cell, a name or a value read from a file
 * goes through {@link #quote}; every problem line printed goes through {@link #oneLine}.
 */
public final class DisplayText {

    /** The most characters of a value a message quotes. */
    public static final int MAX_QUOTED = 80;

    private DisplayText() {
    }

    /** {@code text} shortened to {@link #MAX_QUOTED} characters (with "..." and the full length) and escaped. */
    public static String quote(String text) {
        if (text == null) {
            return "";
        }
        String shown = text.length() <= MAX_QUOTED ? text
            : text.substring(0, MAX_QUOTED) + "... (" + text.length() + " characters)";
        return oneLine(shown);
    }

    /**
     * {@code text} with every control character written as an escape: newline {@code \n}, tab {@code \t}, carriage
     * return {@code \r}, others (ESC, BEL, C1 controls, bidirectional overrides) as {@code \}{@code uXXXX}.
     */
    public static String oneLine(String text) {
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && shown == null) {
                shown = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (shown != null) {
                shown.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return shown == null ? text : shown.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> isControl(c) ? String.format("\\u%04x", (int) c) : null;
        };
    }

    /** C0 and C1 controls, DEL, and the bidirectional controls that can reorder what a terminal shows. */
    private static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
