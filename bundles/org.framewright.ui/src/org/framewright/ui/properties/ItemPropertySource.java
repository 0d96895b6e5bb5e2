package org.framewright.ui.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.framewright.model.ModelElement;
import org.framewright.model.Provenance;

/**
 * One model element's properties, as its {@link IItemPropertySource} describes them, followed by its provenance
 * records ({@link ProvenanceProperty}, category "Provenance"): the records are not tree children anywhere (issue 19),
 * so the Properties view is where a designer reads and edits them, each record's fields nested below its row.
 */
final class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource itemSource;

    ItemPropertySource(Object object, IItemPropertySource itemSource) {
        this.object = object;
        this.itemSource = itemSource;
    }

    @Override
    public Object getEditableValue() {
        return itemSource.getEditableValue(object);
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
        List<IPropertyDescriptor> all = new ArrayList<>();
        descriptors.forEach(d -> all.add(new ItemPropertyDescriptor(object, d)));
        if (object instanceof ModelElement element) {
            element.getProvenance().forEach(record -> all.add(new ProvenanceProperty(record)));
        }
        return all.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        if (id instanceof Provenance record) {
            // the record itself: the Properties view nests its fields (from its own property source) below the row
            return record;
        }
        IItemPropertyDescriptor descriptor = descriptor(id);
        Object value = descriptor.getPropertyValue(object);
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        if (id instanceof Provenance) {
            return true;
        }
        return descriptor(id).isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        if (id instanceof Provenance) {
            return;
        }
        descriptor(id).resetPropertyValue(object);
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        if (id instanceof Provenance) {
            // a nested field was edited: its own property source has executed the command already
            return;
        }
        descriptor(id).setPropertyValue(object, value);
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
        if (descriptor == null) {
            throw new IllegalArgumentException("no property " + id + " on " + object);
        }
        return descriptor;
    }
}
