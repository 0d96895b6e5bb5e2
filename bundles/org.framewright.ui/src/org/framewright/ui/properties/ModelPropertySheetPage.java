package org.framewright.ui.properties;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.framewright.ui.editing.DocumentUndoRedo;
import org.framewright.ui.editing.ModelDocument;

/**
 * The Properties view page of model elements: properties from the item providers ({@link ItemPropertySourceProvider}),
 * refreshed after every command on the shown elements' document (an undo shows the old value at once), and Undo /
 * Redo on that document's command stack, so Ctrl+Z and Edit > Undo work with the focus in the Properties view.
 */
public final class ModelPropertySheetPage extends PropertySheetPage {

    private final DocumentUndoRedo undoRedo = new DocumentUndoRedo();
    private final ModelDocument.Listener refresh = (document, change) -> refreshLater();
    private ModelDocument shown;

    /** A page with properties from {@code adapterFactory} ({@code null}: each object's editing domain's). */
    public ModelPropertySheetPage(AdapterFactory adapterFactory) {
        setPropertySourceProvider(new ItemPropertySourceProvider(adapterFactory));
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        undoRedo.install(actionBars);
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        super.selectionChanged(part, selection);
        ModelDocument document = undoRedo.follow(selection);
        if (document != shown) {
            if (shown != null) {
                shown.removeListener(refresh);
            }
            shown = document;
            if (shown != null) {
                shown.addListener(refresh);
            }
        }
    }

    /** Refreshes on the UI thread once the command's notifications are through. */
    private void refreshLater() {
        Control control = getControl();
        if (control != null && !control.isDisposed()) {
            control.getDisplay().asyncExec(() -> {
                if (!control.isDisposed()) {
                    refresh();
                }
            });
        }
    }

    @Override
    public void dispose() {
        if (shown != null) {
            shown.removeListener(refresh);
        }
        undoRedo.setDocument(null);
        super.dispose();
    }
}
