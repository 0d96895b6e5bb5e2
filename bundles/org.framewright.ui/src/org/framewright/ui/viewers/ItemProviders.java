package org.framewright.ui.viewers;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Finds the item provider adapter factory of a model element: the one of the editing domain that holds it. */
public final class ItemProviders {

    private ItemProviders() {
    }

    /** The adapter factory of {@code object}'s editing domain, or {@code null} when it is in none. */
    public static AdapterFactory adapterFactoryOf(Object object) {
        EditingDomain domain = object instanceof EObject ? AdapterFactoryEditingDomain.getEditingDomainFor(object) : null;
        return domain instanceof AdapterFactoryEditingDomain adapterDomain ? adapterDomain.getAdapterFactory() : null;
    }
}
