package org.framewright.history;

import java.time.Instant;
import java.util.Objects;

/**
 * One commit that touched a framework file.
 *
 * @param commitId the full commit id
 * @param shortId the abbreviated commit id people quote (seven characters)
 * @param time when it was committed
 * @param author the author's name
 * @param message the first line of the commit message
 * @param summary what the commit did to the model, e.g. {@code +3 indicators, 2 weights changed}
 */
public record FileRevision(String commitId, String shortId, Instant time, String author, String message,
        String summary) {

    /** Checks that no component is null. */
    public FileRevision {
        Objects.requireNonNull(commitId, "commitId");
        Objects.requireNonNull(shortId, "shortId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(summary, "summary");
    }
}
