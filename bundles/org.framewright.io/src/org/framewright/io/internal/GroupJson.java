package org.framewright.io.internal;

/**
 * A small reader of the one JSON shape comparator groups take, an object of arrays of strings
 * ({@code {"E06000001": ["E06000001", ...], ...}}), that reports every token with its 1-based line and column (a
 * general JSON library gives no places to report problems at).
 */
public final class GroupJson {

    /** Receives a group key or a member string at its place. */
    @FunctionalInterface
    public interface Strings {
        /** {@code text} found at {@code line}, {@code column}. */
        void accept(String text, long line, int column);
    }

    /** Receives a syntax error; parsing stops after it. */
    @FunctionalInterface
    public interface Errors {
        /** What is wrong at {@code line}, {@code column}. */
        void accept(long line, int column, String message);
    }

    private final String text;
    private int at;
    private long line = 1;
    private int lineStart;

    private GroupJson(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Reads {@code text}, calling {@code keys} for each group and {@code members} for each of its members. */
    public static void parse(String text, Strings keys, Strings members, Errors errors) {
        GroupJson json = new GroupJson(text);
        try {
            json.object(keys, members);
        } catch (Syntax e) {
            errors.accept(e.line, e.column, e.getMessage());
        }
    }

    private void object(Strings keys, Strings members) {
        expect('{', "an object of council codes mapped to arrays of council codes");
        if (peek() == '}') {
            at++;
            return;
        }
        while (true) {
            long keyLine = line;
            int keyColumn = column();
            String key = string();
            keys.accept(key, keyLine, keyColumn);
            expect(':', "':' after the key");
            expect('[', "an array of council codes");
            if (peek() == ']') {
                at++;
            } else {
                while (true) {
                    skipSpace();
                    long memberLine = line;
                    int memberColumn = column();
                    members.accept(string(), memberLine, memberColumn);
                    char c = next("',' or ']'");
                    if (c == ']') {
                        break;
                    }
                    if (c != ',') {
                        at--;
                        throw syntax("expected ',' or ']' in the array of " + key);
                    }
                }
            }
            char c = next("',' or '}'");
            if (c == '}') {
                break;
            }
            if (c != ',') {
                at--;
                throw syntax("expected ',' or '}' after the group of " + key);
            }
        }
        skipSpace();
        if (at < text.length()) {
            throw syntax("unexpected text after the end of the object");
        }
    }

    private String string() {
        skipSpace();
        if (at >= text.length() || text.charAt(at) != '"') {
            throw syntax("expected a council code in double quotes");
        }
        StringBuilder out = new StringBuilder();
        at++;
        while (at < text.length() && text.charAt(at) != '"') {
            char c = text.charAt(at++);
            if (c == '\n') {
                throw syntax("unterminated string");
            }
            if (c == '\\' && at < text.length()) {
                c = text.charAt(at++);
            }
            out.append(c);
        }
        if (at >= text.length()) {
            throw syntax("unterminated string");
        }
        at++;
        return out.toString();
    }

    private void expect(char wanted, String what) {
        if (next(what) != wanted) {
            at--;
            throw syntax("expected " + what);
        }
    }

    private char next(String what) {
        skipSpace();
        if (at >= text.length()) {
            throw syntax("unexpected end of file; expected " + what);
        }
        return text.charAt(at++);
    }

    private char peek() {
        skipSpace();
        return at < text.length() ? text.charAt(at) : 0;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            if (text.charAt(at) == '\n') {
                line++;
                lineStart = at + 1;
            }
            at++;
        }
    }

    private int column() {
        return at - lineStart + 1;
    }

    private Syntax syntax(String message) {
        return new Syntax(message, line, column());
    }

    private static final class Syntax extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long line;
        private final int column;

        Syntax(String message, long line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }
}
