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
import org.framewright.model.Indicator;
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
        // both indexes are read in order by position; the old positions matched are marked, so that the removed
        // elements are found without looking anything up again
        FeatureFlattener.Comparer comparer = new FeatureFlattener.Comparer();
        boolean[] matched = new boolean[oldIndex.size()];
        for (int n = 0; n < newIndex.size(); n++) {
            ModelElement newElement = newIndex.element(n);
            int o = oldIndex.positionOf(newIndex, n);
            if (o < 0 || oldIndex.element(o).eClass() != newElement.eClass()) {
                result.add(change(ChangeKind.ADDED, newIndex.keyAt(n), newElement, "", newIndex.parentAt(n), List.of()));
                continue;
            }
            matched[o] = true;
            ModelElement oldElement = oldIndex.element(o);
            List<FeatureChange> changes = comparer.same(oldElement, newElement) ? List.of()
                : flattenedChanges(oldElement, newElement);
            if (!sameParent(o, n, newElement)) {
                result.add(change(ChangeKind.MOVED, newIndex.keyAt(n), newElement, oldIndex.parentAt(o),
                    newIndex.parentAt(n), changes));
            } else if (!changes.isEmpty()) {
                result.add(change(ChangeKind.CHANGED, newIndex.keyAt(n), newElement, oldIndex.parentAt(o),
                    newIndex.parentAt(n), changes));
            }
        }
        for (int o = 0; o < matched.length; o++) {
            if (!matched[o]) {
                ModelElement oldElement = oldIndex.element(o);
                result.add(change(ChangeKind.REMOVED, oldIndex.keyAt(o), oldElement, oldIndex.parentAt(o), "", List.of()));
            }
        }
        return result;
    }

    /**
     * True when the matched elements at {@code o} (old) and {@code n} (new) have the same {@link ElementIndex#parentOf}
     * text, compared without building it unless the areas of an indicator differ.
     */
    private boolean sameParent(int o, int n, ModelElement newElement) {
        if (newElement instanceof Indicator newIndicator) {
            List<String> oldAreas = oldIndex.areasOf((Indicator) oldIndex.element(o));
            List<String> newAreas = newIndex.areasOf(newIndicator);
            return oldAreas.equals(newAreas) || ElementIndex.parentOf(oldAreas).equals(ElementIndex.parentOf(newAreas));
        }
        return oldIndex.containerKeyAt(o).equals(newIndex.containerKeyAt(n));
    }

    /** The feature changes between two matched elements, old entries' order first, then entries only new has. */
    static List<FeatureChange> featureChanges(ModelElement oldElement, ModelElement newElement) {
        return FeatureFlattener.same(oldElement, newElement) ? List.of() : flattenedChanges(oldElement, newElement);
    }

    /** The feature changes of two matched elements, found by flattening both. */
    private static List<FeatureChange> flattenedChanges(ModelElement oldElement, ModelElement newElement) {
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
