package org.framewright.diagram.server.share;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.glsp.server.actions.ActionDispatcher;

/**
 * The participants' sessions of one {@link ShareSession}, so that ending it can tell each of them
 * ({@link SessionEndedAction}) before their connections close: a closed connection alone looks like a network fault
 * to the page, which would try to reconnect and leave the participant guessing.
 */
public final class SessionEnd {

    // how long the end waits for the message to leave; the connections close after it whatever happens
    private static final long SEND_MILLIS = 2000;

    private final List<ActionDispatcher> participants = new CopyOnWriteArrayList<>();

    /** Remembers a participant's session (its dispatcher sends to their page). */
    public void join(ActionDispatcher participant) {
        participants.add(participant);
    }

    /** Tells every participant's page that the session ended, waiting (briefly) until the messages are sent. */
    void announce() {
        List<CompletableFuture<Void>> sent = participants.stream().map(SessionEnd::tell).toList();
        try {
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(SEND_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // a participant who already left cannot be told; the others were
        }
        participants.clear();
    }

    private static CompletableFuture<Void> tell(ActionDispatcher participant) {
        try {
            return participant.dispatch(new SessionEndedAction());
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(null); // its session is gone already
        }
    }
}
