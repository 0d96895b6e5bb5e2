package org.framewright.diagram.server.layout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The positions the user gave to diagram nodes, per diagram of one file. A diagram is named by its key (see
 * {@link DiagramKey}); a node by its model element id. Nodes without a position are placed by automatic layout.
 * Kept in {@code <file>.layout} beside the model, never in the semantic model, together with the filters (layers)
 * switched on and the nodes collapsed in each diagram. Not thread-safe: changed only through commands on the document's command stack.
 *
 * <p>Besides, for as long as the document is open, it remembers where automatic layout put every other node
 * ({@link #placed}), so that creating, moving or deleting one node never moves the others; only "arrange all"
 * forgets them. These are not saved: automatic layout puts them there again on the next opening.
 */
public final class DiagramLayout {

    /** A node's top-left corner in diagram coordinates. */
    public record Position(double x, double y) {
    }

    private final Map<String, Map<String, Position>> diagrams = new TreeMap<>();
    private final Map<String, Set<String>> filters = new TreeMap<>();
    private final Map<String, Set<String>> collapsed = new TreeMap<>();
    private final Map<String, Map<String, Position>> placed = new ConcurrentHashMap<>();

    /** The user-set position of {@code elementId} in diagram {@code diagramKey}, if any. */
    public Optional<Position> position(String diagramKey, String elementId) {
        Map<String, Position> positions = diagrams.get(diagramKey);
        return Optional.ofNullable(positions == null ? null : positions.get(elementId));
    }

    /** Every user-set position of one diagram (a copy, in element id order). */
    public Map<String, Position> positions(String diagramKey) {
        return new TreeMap<>(diagrams.getOrDefault(diagramKey, Map.of()));
    }

    /** Sets ({@code position} non-null) or removes the position of {@code elementId}. */
    public void setPosition(String diagramKey, String elementId, Position position) {
        if (position == null) {
            Map<String, Position> positions = diagrams.get(diagramKey);
            if (positions != null) {
                positions.remove(elementId);
                if (positions.isEmpty()) {
                    diagrams.remove(diagramKey);
                }
            }
        } else {
            diagrams.computeIfAbsent(diagramKey, key -> new TreeMap<>()).put(elementId, position);
        }
    }

    /** Replaces all positions of one diagram (an empty map removes them: everything is laid out again). */
    public void replacePositions(String diagramKey, Map<String, Position> positions) {
        diagrams.remove(diagramKey);
        positions.forEach((id, position) -> setPosition(diagramKey, id, position));
    }

    /** Every diagram key with at least one position. */
    public Map<String, Map<String, Position>> all() {
        Map<String, Map<String, Position>> copy = new LinkedHashMap<>();
        diagrams.forEach((key, positions) -> copy.put(key, new TreeMap<>(positions)));
        return copy;
    }

    /** The filters switched on in diagram {@code diagramKey} (a copy, by name). */
    public Set<String> filters(String diagramKey) {
        return new TreeSet<>(filters.getOrDefault(diagramKey, Set.of()));
    }

    /** Switches on exactly {@code names} in diagram {@code diagramKey}. */
    public void setFilters(String diagramKey, Set<String> names) {
        if (names.isEmpty()) {
            filters.remove(diagramKey);
        } else {
            filters.put(diagramKey, new TreeSet<>(names));
        }
    }

    /** Every diagram key with at least one filter switched on. */
    public Map<String, Set<String>> allFilters() {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        filters.forEach((key, names) -> copy.put(key, new TreeSet<>(names)));
        return copy;
    }

    /** The ids of the nodes collapsed in diagram {@code diagramKey} (their children hidden; a copy). */
    public Set<String> collapsed(String diagramKey) {
        return new TreeSet<>(collapsed.getOrDefault(diagramKey, Set.of()));
    }

    /** Collapses exactly the nodes {@code ids} in diagram {@code diagramKey} (an empty set expands all). */
    public void setCollapsed(String diagramKey, Set<String> ids) {
        if (ids.isEmpty()) {
            collapsed.remove(diagramKey);
        } else {
            collapsed.put(diagramKey, new TreeSet<>(ids));
        }
    }

    /** Every diagram key with at least one collapsed node. */
    public Map<String, Set<String>> allCollapsed() {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        collapsed.forEach((key, ids) -> copy.put(key, new TreeSet<>(ids)));
        return copy;
    }

    /** Where automatic layout last put the nodes of diagram {@code diagramKey} (live; not saved). */
    public Map<String, Position> placed(String diagramKey) {
        return placed.computeIfAbsent(diagramKey, key -> new ConcurrentHashMap<>());
    }

    /** Puts back where automatic layout had put the nodes of {@code diagramKey} (a copy taken from {@link #placed}). */
    public void restorePlaced(String diagramKey, Map<String, Position> positions) {
        Map<String, Position> live = placed(diagramKey);
        live.clear();
        live.putAll(positions);
    }

    /** Forgets the automatic positions of diagram {@code diagramKey}: everything not user-set is laid out afresh. */
    public void forgetPlaced(String diagramKey) {
        placed.remove(diagramKey);
    }
}
