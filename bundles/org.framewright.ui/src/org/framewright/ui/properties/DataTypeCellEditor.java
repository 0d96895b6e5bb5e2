package org.framewright.ui.properties;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A text cell editor for a value of an EMF data type (text, whole or decimal number): the text is converted with
 * the data type's factory; text that does not convert is refused with a message naming the expected type.
 */
public final class DataTypeCellEditor extends TextCellEditor {

    private final EDataType type;

    /** An editor for values of {@code type}; {@code multiLine} for long texts (descriptions). */
    public DataTypeCellEditor(Composite parent, EDataType type, boolean multiLine) {
        super(parent, multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
        this.type = type;
        setValidator(value -> {
            try {
                convert((String) value);
                return null;
            } catch (RuntimeException e) {
                return "'" + value + "' is not a valid " + type.getName().replaceFirst("^E", "").toLowerCase();
            }
        });
    }

    @Override
    protected Object doGetValue() {
        return convert((String) super.doGetValue());
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
    }

    private Object convert(String text) {
        if (type.getInstanceClass() == String.class) {
            return text;
        }
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty() && (type.getInstanceClass() == null || !type.getInstanceClass().isPrimitive())) {
            return null;
        }
        return EcoreUtil.createFromString(type, trimmed);
    }
}
