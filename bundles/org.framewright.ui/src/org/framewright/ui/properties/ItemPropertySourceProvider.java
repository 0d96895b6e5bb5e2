package org.framewright.ui.properties;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.framewright.ui.viewers.ItemProviders;

/**
 * Property sources for the Properties view from the {@link IItemPropertySource}s of an adapter factory. Edits are
 * EMF set commands on the editing domain of the edited object, so they are undoable with everything else.
 */
public final class ItemPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;

    /** Properties from {@code adapterFactory}; {@code null}: from the adapter factory of each object's editing domain. */
    public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof IPropertySource source) {
            return source;
        }
        AdapterFactory factory = adapterFactory != null ? adapterFactory : ItemProviders.adapterFactoryOf(object);
        if (factory == null) {
            return null;
        }
        IItemPropertySource itemSource = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
        return itemSource == null ? null : new ItemPropertySource(object, itemSource);
    }

    /** A Properties view page showing the properties of the selected model elements ({@link ModelPropertySheetPage}). */
    public static PropertySheetPage newPage(AdapterFactory adapterFactory) {
        return new ModelPropertySheetPage(adapterFactory);
    }
}
