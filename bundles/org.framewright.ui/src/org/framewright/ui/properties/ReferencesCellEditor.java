package org.framewright.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/**
 * Edits a many-valued reference (an area's indicators, a rule's areas): "..." opens a checkbox list of the item
 * provider's candidates with the current values ticked. The value is the new list: kept values in their order,
 * then the newly ticked ones in the candidates' order; the Properties view sets it with one {@code SetCommand}.
 */
final class ReferencesCellEditor extends DialogCellEditor {

    private final String title;
    private final List<?> candidates;
    private final IItemLabelProvider labels;

    ReferencesCellEditor(Composite parent, String title, Collection<?> candidates, IItemLabelProvider labels) {
        super(parent);
        this.title = title;
        this.candidates = candidates.stream().filter(java.util.Objects::nonNull).toList();
        this.labels = labels;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        List<?> current = currentValues();
        ListSelectionDialog dialog = ListSelectionDialog.of(candidates).contentProvider(ArrayContentProvider.getInstance())
            .labelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return labels.getText(element);
                }
            }).title(title).message("Choose the elements of " + title + ":").preselect(current.toArray())
            .create(cellEditorWindow.getShell());
        if (dialog.open() != Window.OK) {
            return null;
        }
        return chosen(current, List.of(dialog.getResult()));
    }

    /** {@code current} without the unticked values, then the newly ticked ones in the candidates' order. */
    List<Object> chosen(List<?> current, List<?> ticked) {
        List<Object> values = new ArrayList<>();
        current.stream().filter(ticked::contains).forEach(values::add);
        candidates.stream().filter(c -> ticked.contains(c) && !values.contains(c)).forEach(values::add);
        return values;
    }

    @Override
    protected void updateContents(Object value) {
        if (getDefaultLabel() != null && labels != null) { // null while the super constructor creates the control
            List<?> values = value instanceof Collection<?> collection ? new ArrayList<>(collection) : List.of();
            getDefaultLabel().setText(String.join(", ", values.stream().map(labels::getText).toList()));
        }
    }

    private List<?> currentValues() {
        return getValue() instanceof Collection<?> collection ? new ArrayList<>(collection) : List.of();
    }
}
