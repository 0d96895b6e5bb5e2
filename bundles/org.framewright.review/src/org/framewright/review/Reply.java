package org.framewright.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A reply in a comment thread.
 *
 * @param id the reply's id, unique in its thread
 * @param author who wrote it
 * @param time when
 * @param text what they wrote
 */
public record Reply(String id, String author, Instant time, String text) {

    /** Checks that no component is null. */
    public Reply {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(text, "text");
    }
}
