package org.framewright.ui.properties;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A text cell editor for a value of an EMF data type (text, whole or decimal number): the text is converted with
 * the data type's factory; text that does not convert (or is not a finite number) is refused with a message naming
 * the expected kind of value.
 */
public final class DataTypeCellEditor extends TextCellEditor {

    private final EDataType type;

    /** An editor for values of {@code type}; {@code multiLine} for long texts (descriptions). */
    public DataTypeCellEditor(Composite parent, EDataType type, boolean multiLine) {
        super(parent, multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
        this.type = type;
        setValidator(value -> {
            try {
                Object converted = convert((String) value);
                return converted instanceof Double number && !Double.isFinite(number)
                    || converted instanceof Float single && !Float.isFinite(single)
                    ? "\"" + value + "\" is not " + expected() : null;
            } catch (RuntimeException e) {
                return "\"" + value + "\" is not " + expected();
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

    /** The kind of value the editor takes, as a person reads it. */
    private String expected() {
        Class<?> kind = type.getInstanceClass();
        if (kind == double.class || kind == Double.class || kind == float.class || kind == Float.class) {
            return "a number: enter a decimal number such as 40 or 12.5";
        }
        if (kind == int.class || kind == Integer.class || kind == long.class || kind == Long.class) {
            return "a whole number: enter one such as 3";
        }
        return "a valid " + type.getName().replaceFirst("^E", "").toLowerCase();
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
