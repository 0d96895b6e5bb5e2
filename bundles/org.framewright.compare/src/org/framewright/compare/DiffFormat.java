package org.framewright.compare;

import java.io.IOException;
import java.util.Locale;

import org.framewright.compare.internal.HtmlDiffWriter;
import org.framewright.compare.internal.JsonDiffWriter;
import org.framewright.compare.internal.TableDiffWriter;

/** The forms a {@link FrameworkDiff} is written in; each literal builds its writer. */
public enum DiffFormat {
    /** Plain text for a terminal: the lineage lists, then the element changes with old and new values. */
    TABLE {
        @Override
        public void write(FrameworkDiff diff, Appendable out) throws IOException {
            new TableDiffWriter(out).write(diff);
        }
    },
    /** One JSON object ({@code old}, {@code new}, {@code identical}, {@code summary}, {@code lineage}, ...). */
    JSON {
        @Override
        public void write(FrameworkDiff diff, Appendable out) throws IOException {
            JsonDiffWriter.write(diff, out);
        }
    },
    /** One self-contained HTML page (inline CSS, no scripts) for a working group. */
    HTML {
        @Override
        public void write(FrameworkDiff diff, Appendable out) throws IOException {
            new HtmlDiffWriter(out).write(diff);
        }
    };

    /** Writes {@code diff} to {@code out} in this form. */
    public abstract void write(FrameworkDiff diff, Appendable out) throws IOException;

    /** The format named {@code name} ({@code table}, {@code json}, {@code html}; any case), or null. */
    public static DiffFormat named(String name) {
        for (DiffFormat format : values()) {
            if (format.name().equals(name.toUpperCase(Locale.ROOT))) {
                return format;
            }
        }
        return null;
    }
}
