package org.framewright.io;

/**
 * A writer of one output format of a command's results (e.g. {@code score --format csv}), contributed to
 * {@code org.framewright.io.formats} as a {@code writer} (Framewright's own table, CSV and JSON writers of
 * {@code score} are contributed the same way). Implementations are stateless and thread-safe.
 *
 * @param <R> the result it writes, e.g. {@code org.framewright.scoring.ScoringResult} for the result kind
 *        {@code score}
 */
public interface ResultWriter<R> {

    /** The whole output for {@code result}, as the command prints it or writes it to {@code --out}. */
    String render(R result);
}
