package org.framewright.diagram.server.model;

import java.util.ArrayList;
import java.util.List;

/** Word-wraps a name into a few short lines for a node (the client cannot wrap SVG text). */
public final class TextLines {

    private TextLines() {
    }

    /** {@code text} wrapped at {@code width} characters, at most {@code maxLines} lines, the last ending in "…" if cut. */
    public static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = (text == null ? "" : text.strip()).split("\\s+");
        int i = 0;
        for (; i < words.length && lines.size() < maxLines; i++) {
            String word = words[i];
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == maxLines) {
                    break;
                }
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word.length() > width ? word.substring(0, width - 1) + "…" : word);
        }
        if (line.length() > 0 && lines.size() < maxLines) {
            lines.add(line.toString());
        } else if (i < words.length && !lines.isEmpty()) {
            String last = lines.remove(lines.size() - 1);
            lines.add((last.length() >= width ? last.substring(0, width - 1) : last) + "…");
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }
}
