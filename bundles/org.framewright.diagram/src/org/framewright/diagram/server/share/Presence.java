package org.framewright.diagram.server.share;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.framewright.diagram.server.document.DiagramDocument;

/**
 * The participants' selections on one document, and every diagram session of the document that shows them (the
 * host's and the participants'): each change is sent to all of them as a {@link PresenceAction}.
 */
public final class Presence {

    private static final Map<DiagramDocument, Presence> OF = new WeakHashMap<>();
    private static final List<String> COLOURS = List.of("#d81b60", "#1e88e5", "#43a047", "#8e24aa", "#f4511e",
            "#00897b", "#6d4c41", "#3949ab");

    private final Map<Object, PresenceAction.Mark> marks = new LinkedHashMap<>();
    private final List<Consumer<PresenceAction>> viewers = new CopyOnWriteArrayList<>();
    private int joined;

    private Presence() {
    }

    /** The presence of {@code document}'s participants. */
    public static synchronized Presence of(DiagramDocument document) {
        return OF.computeIfAbsent(document, key -> new Presence());
    }

    /** Sends every change (and the current marks at once) to {@code viewer} until {@link #unwatch}. */
    public void watch(Consumer<PresenceAction> viewer) {
        viewers.add(viewer);
        viewer.accept(current());
    }

    /** Stops sending to {@code viewer}. */
    public void unwatch(Consumer<PresenceAction> viewer) {
        viewers.remove(viewer);
    }

    /** Participant {@code session} (named {@code name}) selected {@code ids}. */
    public void select(Object session, String name, List<String> ids) {
        synchronized (this) {
            PresenceAction.Mark old = marks.get(session);
            String colour = old != null ? old.colour() : COLOURS.get(joined++ % COLOURS.size());
            marks.put(session, new PresenceAction.Mark(name, colour, List.copyOf(ids)));
        }
        broadcast();
    }

    /** Participant {@code session} left. */
    public void leave(Object session) {
        boolean had;
        synchronized (this) {
            had = marks.remove(session) != null;
        }
        if (had) {
            broadcast();
        }
    }

    /** The marks now. */
    public synchronized PresenceAction current() {
        return new PresenceAction(new ArrayList<>(marks.values()));
    }

    private void broadcast() {
        PresenceAction action = current();
        viewers.forEach(viewer -> viewer.accept(action));
    }
}
