package org.framewright.ui.editing;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Deletes the selected model elements with EMF's {@link DeleteCommand}: the elements, their contents and every
 * reference to them in the file go in one undoable command on the elements' {@link ModelDocument}. When something
 * that stays refers to them, a dialog lists those references ({@link DeletionReferences}) and asks first. Installed as the
 * workbench's Delete handler (Edit > Delete, the Delete key) by the framework editor and the model explorer.
 */
public final class DeleteAction extends ModelSelectionAction {

    /** The title of the dialog that lists the references a delete removes. */
    public static final String DIALOG_TITLE = "Delete and Remove References";

    /** The label of that dialog's button that deletes. */
    public static final String DELETE_BUTTON = "&Delete and Remove References";

    private static final int MAX_LINES = 20;

    /** A delete action for what {@code provider} selects ({@code null}: none yet). */
    public DeleteAction(ISelectionProvider provider) {
        super("&Delete", provider);
        setId(ActionFactory.DELETE.getId());
        setActionDefinitionId("org.eclipse.ui.edit.delete");
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
    }

    @Override
    public void run() {
        List<EObject> selected = selected();
        ModelDocument document = documentOf(selected);
        Command command = command(document, selected);
        if (command.canExecute() && confirmed(document, selected)) {
            document.commandStack().execute(command);
        }
    }

    /**
     * Without references to the elements, true; else lists them (what the delete would cut) and asks the user.
     * DeleteCommand removes every reference silently (a scheme's weight would lose its part), so this is where the
     * user sees it happen.
     */
    private static boolean confirmed(ModelDocument document, List<EObject> selected) {
        return confirmed(document, selected, selected);
    }

    /**
     * Asks before deleting {@code selected} when an element that stays refers to one of {@code removed} (what the
     * delete removes: the selection and whatever goes with it, e.g. a diagram's links of a deleted box) or their
     * contents; true without such references or when the user confirms. The dialog lists the references.
     */
    public static boolean confirmed(ModelDocument document, List<? extends EObject> selected,
            Collection<? extends EObject> removed) {
        List<String> references = DeletionReferences.describe(removed, document.adapterFactory());
        if (references.isEmpty()) {
            return true;
        }
        String what = selected.size() == 1 ? DeletionReferences.label(selected.get(0), document.adapterFactory())
            : selected.size() + " elements";
        List<String> shown = references.size() <= MAX_LINES ? references : references.subList(0, MAX_LINES);
        String these = references.size() == 1 ? "this reference" : "these " + references.size() + " references";
        String message = "Deleting " + what + " also removes " + these + " to " + (selected.size() == 1 ? "it" : "them")
            + ":\n\n  " + String.join("\n  ", shown)
            + (shown.size() < references.size() ? "\n  ... and " + (references.size() - shown.size()) + " more" : "")
            + "\n\nDelete and remove the references? (Edit > Undo restores everything.)";
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        MessageDialog dialog = new MessageDialog(shell, DIALOG_TITLE, null, message, MessageDialog.WARNING, 1,
            DELETE_BUTTON, IDialogConstants.CANCEL_LABEL);
        return dialog.open() == 0;
    }

    /** Enabled when every selected item is a deletable element of one open document. */
    @Override
    public void update() {
        List<EObject> selected = selected();
        setEnabled(command(documentOf(selected), selected).canExecute());
    }

    private static Command command(ModelDocument document, List<EObject> elements) {
        return document == null ? UnexecutableCommand.INSTANCE : DeleteCommand.create(document.domain(), elements);
    }
}
