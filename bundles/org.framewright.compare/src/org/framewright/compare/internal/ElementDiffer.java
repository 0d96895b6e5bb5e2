package org.framewright.compare.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.framewright.compare.ChangeCategory;
import org.framewright.compare.ChangeKind;
import org.framewright.compare.ElementChange;
import org.framewright.compare.FeatureChange;
import org.framewright.model.Framework;
import org.framewright.model.ModelElement;

/**
 * Matches the identified elements of two frameworks by key (id) and class, and lists what was added, removed,
 * changed or moved. The two roots are always matched; their ids are compared as an attribute.
 */
public final class ElementDiffer {

    private final ElementIndex oldIndex;
    private final ElementIndex newIndex;

    /** A differ for the two frameworks. */
    public ElementDiffer(Framework oldFramework, Framework newFramework) {
        this(new ElementIndex(oldFramework), new ElementIndex(newFramework));
    }

    /** A differ over two existing indexes. */
    public ElementDiffer(ElementIndex oldIndex, ElementIndex newIndex) {
        this.oldIndex = oldIndex;
        this.newIndex = newIndex;
    }

    /** The differences: the root first, then new-framework order, removed elements last in old order. */
    public List<ElementChange> differences() {
        List<ElementChange> result = new ArrayList<>();
        Framework oldRoot = oldIndex.framework();
        Framework newRoot = newIndex.framework();
        List<FeatureChange> rootChanges = new ArrayList<>();
        if (!Objects.equals(oldRoot.getId(), newRoot.getId())) {
            rootChanges.add(new FeatureChange("id", ChangeCategory.ATTRIBUTE, Values.show(oldRoot.getId()),
                Values.show(newRoot.getId())));
        }
        rootChanges.addAll(featureChanges(oldRoot, newRoot));
        if (!rootChanges.isEmpty()) {
            result.add(new ElementChange(ChangeKind.CHANGED, "Framework", ElementIndex.FRAMEWORK,
                Values.show(newRoot.getName()), "", "", rootChanges));
        }
        Map.Entry<?, ?>[] oldEntries = oldIndex.elements().entrySet().toArray(Map.Entry[]::new);
        Map.Entry<?, ?>[] newEntries = newIndex.elements().entrySet().toArray(Map.Entry[]::new);
        int position = 0;
        for (Map.Entry<String, ModelElement> entry : newIndex.elements().entrySet()) {
            ModelElement newElement = entry.getValue();
            ModelElement oldElement = counterpart(oldIndex, oldEntries, position++, entry.getKey(), newElement);
            if (oldElement == null) {
                result.add(change(ChangeKind.ADDED, entry.getKey(), newElement, "", newIndex.parentOf(newElement), List.of()));
                continue;
            }
            String oldParent = oldIndex.parentOf(oldElement);
            String newParent = newIndex.parentOf(newElement);
            List<FeatureChange> changes = featureChanges(oldElement, newElement);
            if (!oldParent.equals(newParent)) {
                result.add(change(ChangeKind.MOVED, entry.getKey(), newElement, oldParent, newParent, changes));
            } else if (!changes.isEmpty()) {
                result.add(change(ChangeKind.CHANGED, entry.getKey(), newElement, oldParent, newParent, changes));
            }
        }
        position = 0;
        for (Map.Entry<String, ModelElement> entry : oldIndex.elements().entrySet()) {
            ModelElement oldElement = entry.getValue();
            if (counterpart(newIndex, newEntries, position++, entry.getKey(), oldElement) == null) {
                result.add(change(ChangeKind.REMOVED, entry.getKey(), oldElement, oldIndex.parentOf(oldElement), "", List.of()));
            }
        }
        return result;
    }

    /**
     * The element of {@code index} with the same key and class as {@code element}, or null. The entry at the same
     * position of the other framework is tried first: two versions of a framework mostly list their elements in
     * the same order, and reading both in order is far kinder to the memory caches than a hash look-up per element
     * (on 50 copies of ADASS Option Two the look-ups were half of a diff). Keys are unique in an index, so an entry
     * with the key is the element {@link ElementIndex#get} would return.
     */
    private static ModelElement counterpart(ElementIndex index, Map.Entry<?, ?>[] entries, int position, String key,
            ModelElement element) {
        ModelElement other = position < entries.length && key.equals(entries[position].getKey())
            ? (ModelElement) entries[position].getValue() : index.get(key);
        return other != null && other.eClass() == element.eClass() ? other : null;
    }

    /** The feature changes between two matched elements, old entries' order first, then entries only new has. */
    static List<FeatureChange> featureChanges(ModelElement oldElement, ModelElement newElement) {
        if (FeatureFlattener.same(oldElement, newElement)) {
            return List.of();
        }
        Map<String, FeatureFlattener.Entry> oldEntries = FeatureFlattener.flatten(oldElement);
        Map<String, FeatureFlattener.Entry> newEntries = FeatureFlattener.flatten(newElement);
        Set<String> paths = new LinkedHashSet<>(oldEntries.keySet());
        paths.addAll(newEntries.keySet());
        List<FeatureChange> changes = new ArrayList<>();
        for (String path : paths) {
            FeatureFlattener.Entry before = oldEntries.get(path);
            FeatureFlattener.Entry after = newEntries.get(path);
            String oldValue = before == null ? "" : before.value();
            String newValue = after == null ? "" : after.value();
            if (!oldValue.equals(newValue)) {
                ChangeCategory category = (after != null ? after : before).category();
                changes.add(new FeatureChange(path, category, oldValue, newValue));
            }
        }
        return changes;
    }

    private static ElementChange change(ChangeKind kind, String key, ModelElement element, String oldParent,
            String newParent, List<FeatureChange> changes) {
        return new ElementChange(kind, element.eClass().getName(), key,
            Values.show(element.getName()), oldParent, newParent, changes);
    }
}
