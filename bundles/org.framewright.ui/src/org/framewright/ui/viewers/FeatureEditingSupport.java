package org.framewright.ui.viewers;

import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Cell editing of one feature of the row's model element (or of an element derived from the row). Every accepted
 * edit is one EMF {@link SetCommand} on the domain's command stack, so it can be undone; refused text (the cell
 * editor's validator) is reported in a message titled {@value #TITLE} instead of silently reverting.
 */
public final class FeatureEditingSupport extends EditingSupport {

    private final EditingDomain domain;
    private final EStructuralFeature feature;
    private final Function<Object, EObject> owner;
    private final Function<Composite, CellEditor> editorFactory;
    /** The title of the message that says why typed text was refused. */
    public static final String TITLE = "Invalid Value";

    private CellEditor editor;

    /**
     * Edits {@code feature} of {@code owner.apply(row)} (rows without an owner are not editable) with the cell
     * editor {@code editorFactory} makes.
     */
    public FeatureEditingSupport(ColumnViewer viewer, EditingDomain domain, EStructuralFeature feature,
            Function<Object, EObject> owner, Function<Composite, CellEditor> editorFactory) {
        super(viewer);
        this.domain = domain;
        this.feature = feature;
        this.owner = owner;
        this.editorFactory = editorFactory;
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        if (editor == null) {
            editor = editorFactory.apply((Composite) getViewer().getControl());
            editor.addListener(new RejectionMessage(editor));
        }
        return editor;
    }

    /**
     * Says why typed text was refused: the viewer silently keeps the old value when the cell editor's validator
     * refuses the text, so the person would not know their edit was lost.
     */
    private static final class RejectionMessage implements ICellEditorListener {

        private final CellEditor editor;

        RejectionMessage(CellEditor editor) {
            this.editor = editor;
        }

        @Override
        public void applyEditorValue() {
            if (!editor.isValueValid() && editor.getErrorMessage() != null) {
                Control control = editor.getControl();
                String message = editor.getErrorMessage() + ". The value was not changed.";
                control.getDisplay().asyncExec(() -> MessageDialog.openError(control.getShell(), TITLE, message));
            }
        }

        @Override
        public void cancelEditor() {
            // nothing typed was applied
        }

        @Override
        public void editorValueChanged(boolean oldValidState, boolean newValidState) {
            Control control = editor.getControl();
            control.setToolTipText(newValidState ? null : editor.getErrorMessage());
        }
    }

    @Override
    protected boolean canEdit(Object element) {
        return owner.apply(element) != null;
    }

    @Override
    protected Object getValue(Object element) {
        return owner.apply(element).eGet(feature);
    }

    @Override
    protected void setValue(Object element, Object value) {
        EObject target = owner.apply(element);
        if (target == null || Objects.equals(target.eGet(feature), value)) {
            return;
        }
        Command command = SetCommand.create(domain, target, feature, value);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
        getViewer().update(element, null);
    }
}
