package org.framewright.io.internal;

import java.util.Arrays;

/** Turns character positions of a text into 1-based line numbers (line breaks: LF, CR LF, or a lone CR). */
final class LineIndex {

    private int[] starts = new int[1024];
    private int count;

    LineIndex(String text) {
        add(0);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n')) {
                add(i + 1);
            }
        }
    }

    /** The 1-based line holding the character at {@code position}. */
    long lineOf(long position) {
        int found = Arrays.binarySearch(starts, 0, count, (int) Math.min(position, Integer.MAX_VALUE));
        return found >= 0 ? found + 1 : -found - 1;
    }

    private void add(int start) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = start;
    }
}
