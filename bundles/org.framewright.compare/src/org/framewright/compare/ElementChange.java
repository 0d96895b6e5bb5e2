package org.framewright.compare;

import java.util.List;
import java.util.Objects;

/**
 * One identified element (matched by id) that was added, removed, changed or moved.
 *
 * @param kind what happened
 * @param type the element's kind (its EClass name: Area, Indicator, Band, ...)
 * @param id the element's id ({@code (framework)} for the root, which is matched whatever its id)
 * @param name the element's name (the new one, unless removed)
 * @param oldParent the id of the parent area or container in the old framework; {@code ""} when added
 * @param newParent the id of the parent in the new framework; {@code ""} when removed
 * @param changes the feature changes of a changed or moved element (empty for added and removed ones)
 */
public record ElementChange(ChangeKind kind, String type, String id, String name, String oldParent,
        String newParent, List<FeatureChange> changes) {

    /** Checks that no component is null and copies the list. */
    public ElementChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(oldParent, "oldParent");
        Objects.requireNonNull(newParent, "newParent");
        changes = List.copyOf(changes);
    }

    /** The changes of one category. */
    public List<FeatureChange> changes(ChangeCategory category) {
        return changes.stream().filter(c -> c.category() == category).toList();
    }
}
