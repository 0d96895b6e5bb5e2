package org.framewright.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.framewright.model.methods.MethodKind;
import org.framewright.model.methods.ScoringMethods;

/**
 * A Properties view descriptor for one {@link IItemPropertyDescriptor}: its label, category and help text, and a
 * cell editor that fits the feature: a combo for enumerations, booleans and single references (from the item
 * provider's choice of values; a weight's part only its rule's inputs, {@link ReferenceChoices}), a checkbox list dialog for many-valued references ({@link ReferencesCellEditor}), a
 * checked text field for other data types, none for read-only ones and many-valued attributes.
 */
final class ItemPropertyDescriptor extends PropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor itemDescriptor;

    ItemPropertyDescriptor(Object object, IItemPropertyDescriptor itemDescriptor) {
        super(itemDescriptor.getId(object), itemDescriptor.getDisplayName(object));
        this.object = object;
        this.itemDescriptor = itemDescriptor;
        setCategory(itemDescriptor.getCategory(object));
        setDescription(itemDescriptor.getDescription(object));
        IItemLabelProvider labels = itemDescriptor.getLabelProvider(object);
        setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object value) {
                return labels.getText(value);
            }
        });
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!itemDescriptor.canSetProperty(object)) {
            return null;
        }
        Object feature = itemDescriptor.getFeature(object);
        IItemLabelProvider labels = itemDescriptor.getLabelProvider(object);
        Collection<?> choices = ReferenceChoices.filter(object, feature, itemDescriptor.getChoiceOfValues(object));
        if (itemDescriptor.isMany(object)) {
            return feature instanceof EReference && choices != null
                ? new ReferencesCellEditor(parent, getDisplayName(), choices, labels) : null;
        }
        if (feature instanceof EAttribute attribute && MethodKind.ofFeature(attribute) != null) {
            return new ChoiceCellEditor(parent, methodChoices(MethodKind.ofFeature(attribute), attribute), labels);
        }
        if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum eEnum) {
            List<Object> literals = new ArrayList<>();
            eEnum.getELiterals().forEach(l -> literals.add(l.getInstance()));
            return new ChoiceCellEditor(parent, literals, labels);
        }
        if (feature instanceof EAttribute attribute && isBoolean(attribute.getEAttributeType())) {
            return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE), labels);
        }
        if (choices != null) {
            List<Object> values = new ArrayList<>(choices);
            if (!values.contains(null) && feature instanceof EStructuralFeature f && !f.isRequired()) {
                values.add(0, null);
            }
            return new ChoiceCellEditor(parent, values, labels);
        }
        if (feature instanceof EAttribute attribute) {
            return new DataTypeCellEditor(parent, attribute.getEAttributeType(), itemDescriptor.isMultiLine(object));
        }
        return null;
    }

    /**
     * The ids of the installed methods of a kind (built-ins and plugins' alike, from the extension point), and the
     * current id when no installed plugin provides it, so opening the chooser never loses it.
     */
    private List<Object> methodChoices(MethodKind kind, EAttribute attribute) {
        List<Object> ids = new ArrayList<>(ScoringMethods.installed().ids(kind));
        Object current = object instanceof EObject element ? element.eGet(attribute) : null;
        if (current != null && !ids.contains(current)) {
            ids.add(current);
        }
        return ids;
    }

    private static boolean isBoolean(EDataType type) {
        return type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class;
    }
}
