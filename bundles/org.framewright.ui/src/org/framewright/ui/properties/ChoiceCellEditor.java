package org.framewright.ui.properties;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A read-only combo over a list of values (enum literals, booleans, referenceable elements), labelled by EMF. */
public final class ChoiceCellEditor extends ComboBoxCellEditor {

    private final List<Object> values;

    /** A combo offering {@code values}, each shown as {@code labels} says ({@code null} shows as empty). */
    public ChoiceCellEditor(Composite parent, List<Object> values, IItemLabelProvider labels) {
        super(parent, values.stream().map(v -> v == null ? "" : labels.getText(v)).toArray(String[]::new), SWT.READ_ONLY);
        this.values = values;
        setActivationStyle(DROP_DOWN_ON_MOUSE_ACTIVATION | DROP_DOWN_ON_KEY_ACTIVATION);
    }

    @Override
    protected Object doGetValue() {
        int index = (Integer) super.doGetValue();
        return index < 0 || index >= values.size() ? null : values.get(index);
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(Math.max(values.indexOf(value), 0));
    }
}
