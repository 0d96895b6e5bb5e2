package org.framewright.review;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A review comment on one model element, with its replies.
 *
 * @param id the thread's id, unique in the file (time-based, so two people's comments never collide)
 * @param element the id of the model element commented on
 * @param author who started the thread
 * @param time when
 * @param text the comment
 * @param resolved whether the point was settled
 * @param replies the replies, oldest first
 */
public record CommentThread(String id, String element, String author, Instant time, String text, boolean resolved,
        List<Reply> replies) {

    /** Checks that no component is null and copies the list. */
    public CommentThread {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(text, "text");
        replies = List.copyOf(replies);
    }

    /** This thread with {@code resolved} set. */
    public CommentThread withResolved(boolean isResolved) {
        return new CommentThread(id, element, author, time, text, isResolved, replies);
    }

    /** This thread with one more reply. */
    public CommentThread withReply(Reply reply) {
        List<Reply> more = new java.util.ArrayList<>(replies);
        more.add(reply);
        return new CommentThread(id, element, author, time, text, resolved, more);
    }
}
