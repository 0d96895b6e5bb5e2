package org.framewright.diagram.server.layout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The positions the user gave to diagram nodes, per diagram of one file. A diagram is named by its key (see
 * {@link DiagramKey}); a node by its model element id. Nodes without a position are placed by automatic layout.
 * Kept in {@code <file>.layout} beside the model, never in the semantic model. Not thread-safe: changed only through
 * commands on the document's command stack.
 */
public final class DiagramLayout {

    /** A node's top-left corner in diagram coordinates. */
    public record Position(double x, double y) {
    }

    private final Map<String, Map<String, Position>> diagrams = new TreeMap<>();

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
}
