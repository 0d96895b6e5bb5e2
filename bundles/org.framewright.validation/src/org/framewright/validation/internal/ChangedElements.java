package org.framewright.validation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What a batch of EMF notifications changed, as incremental validation needs it: the elements changed or added
 * ({@link #touched}), the elements a changed reference pointed or points at and the removed elements
 * ({@link #pointedAt}), and the ids that appeared or disappeared ({@link #ids}), whose other holders may have become
 * or stopped being duplicates. {@link #outsideModel} is set by a change that is not on an element (a resource's
 * contents), after which only a whole-model run is safe.
 */
public final class ChangedElements {

    private final Set<EObject> touched = new LinkedHashSet<>();
    private final Set<EObject> pointedAt = new LinkedHashSet<>();
    private final Set<String> ids = new LinkedHashSet<>();
    private boolean outsideModel;
    private boolean structureChanged;

    /** The changes of {@code notifications}; touch notifications (nothing changed) are ignored. */
    public static ChangedElements of(Collection<? extends Notification> notifications) {
        ChangedElements changes = new ChangedElements();
        for (Notification notification : notifications) {
            if (!notification.isTouch()) {
                changes.add(notification);
            }
        }
        return changes;
    }

    private void add(Notification notification) {
        if (!(notification.getNotifier() instanceof EObject notifier)) {
            outsideModel = true;
            return;
        }
        touched.add(notifier);
        if (notification.getFeature() instanceof EAttribute attribute && attribute.isID()) {
            addId(notification.getOldValue());
            addId(notification.getNewValue());
        } else if (notification.getFeature() instanceof EReference reference) {
            structureChanged |= reference.isContainment();
            for (EObject added : elements(notification.getNewValue())) {
                if (reference.isContainment()) {
                    addTree(added, touched);
                } else {
                    pointedAt.add(added);
                }
            }
            for (EObject removed : elements(notification.getOldValue())) {
                if (reference.isContainment()) {
                    addTree(removed, pointedAt);
                } else {
                    pointedAt.add(removed);
                }
            }
        }
    }

    private void addTree(EObject element, Set<EObject> into) {
        into.add(element);
        addId(EcoreUtil.getID(element));
        for (TreeIterator<EObject> i = element.eAllContents(); i.hasNext();) {
            EObject content = i.next();
            into.add(content);
            addId(EcoreUtil.getID(content));
        }
    }

    private void addId(Object id) {
        if (id instanceof String text) {
            ids.add(text);
        }
    }

    private static List<EObject> elements(Object value) {
        List<EObject> elements = new ArrayList<>();
        if (value instanceof EObject element) {
            elements.add(element);
        } else if (value instanceof Collection<?> values) {
            values.stream().filter(EObject.class::isInstance).map(EObject.class::cast).forEach(elements::add);
        }
        return elements;
    }

    /** Elements whose own features changed, and added elements with their contents. */
    public Set<EObject> touched() {
        return touched;
    }

    /** Elements a changed reference pointed or points at, and removed elements with their contents. */
    public Set<EObject> pointedAt() {
        return pointedAt;
    }

    /** Ids set, unset, added or removed. */
    public Set<String> ids() {
        return ids;
    }

    /** Whether elements were added, removed or moved (the model's order changed). */
    public boolean structureChanged() {
        return structureChanged;
    }

    /** Whether some change was not on an element, so that only a whole-model run is safe. */
    public boolean outsideModel() {
        return outsideModel;
    }
}
