package org.framewright.cli.benchmark;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.framewright.model.Framework;
import org.framewright.model.ModelElement;
import org.framewright.validation.IncrementalValidation;

/**
 * What validation as the user types costs: an {@link IncrementalValidation} of a framework that records the model's
 * notifications, and an edit (renaming an element in the middle of the model) followed by the update.
 */
final class EditRevalidation extends EContentAdapter {

    private final List<Notification> notifications = new ArrayList<>();
    private final IncrementalValidation validation;
    private final ModelElement edited;
    private int edits;

    EditRevalidation(Framework framework) {
        validation = new IncrementalValidation(framework);
        edited = middleElement(framework);
        framework.eAdapters().add(this);
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        notifications.add(notification);
    }

    /** Renames the element and brings the validation up to date. */
    void renameAndRevalidate(Framework framework) {
        edited.setName("Renamed " + ++edits);
        validation.update(List.copyOf(notifications));
        notifications.clear();
    }

    private static ModelElement middleElement(Framework framework) {
        List<ModelElement> elements = new ArrayList<>();
        for (TreeIterator<EObject> i = framework.eAllContents(); i.hasNext();) {
            if (i.next() instanceof ModelElement element) {
                elements.add(element);
            }
        }
        return elements.get(elements.size() / 2);
    }
}
