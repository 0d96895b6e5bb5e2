package org.framewright.ui.editing;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Pastes fresh copies of the {@link ModelClipboard} (new ids) as one undoable command: into the selected element
 * when it can hold them (an area pasted on an area becomes its child), else after it in its container (an indicator
 * pasted on an indicator becomes its sibling). The pasted elements are then selected. The workbench's Paste
 * (Edit > Paste, Ctrl+V) in the framework editor's trees and the model explorer.
 */
public final class PasteAction extends ModelSelectionAction {

    /** A paste action for what {@code provider} selects ({@code null}: none yet). */
    public PasteAction(ISelectionProvider provider) {
        super("&Paste", provider);
        setId(ActionFactory.PASTE.getId());
        setActionDefinitionId("org.eclipse.ui.edit.paste");
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_PASTE));
    }

    @Override
    public void run() {
        List<EObject> selected = selected();
        ModelDocument document = documentOf(selected);
        if (document == null || selected.size() != 1 || ModelClipboard.isEmpty()) {
            return;
        }
        List<EObject> copies = ModelClipboard.copiesFor(document.resource());
        Command command = command(document, selected.get(0), copies);
        if (command.canExecute()) {
            document.commandStack().execute(command);
            provider().setSelection(new StructuredSelection(copies));
        }
    }

    /** Enabled when something was copied and one element of an open document is selected. */
    @Override
    public void update() {
        List<EObject> selected = selected();
        setEnabled(!ModelClipboard.isEmpty() && selected.size() == 1 && documentOf(selected) != null);
    }

    /** Adds {@code copies} into {@code target}, else after it in its container; unexecutable if neither fits. */
    private static Command command(ModelDocument document, EObject target, List<EObject> copies) {
        EReference into = holding(target, copies);
        if (into != null) {
            return labelled(AddCommand.create(document.domain(), target, into, copies));
        }
        EReference beside = target.eContainmentFeature();
        if (beside != null && beside.isMany() && copies.stream().allMatch(beside.getEReferenceType()::isInstance)) {
            List<?> siblings = (List<?>) target.eContainer().eGet(beside);
            return labelled(AddCommand.create(document.domain(), target.eContainer(), beside, copies,
                siblings.indexOf(target) + 1));
        }
        return UnexecutableCommand.INSTANCE;
    }

    /** The many-valued containment of {@code owner} that takes all of {@code copies}, or {@code null}. */
    private static EReference holding(EObject owner, List<EObject> copies) {
        for (EReference containment : owner.eClass().getEAllContainments()) {
            if (containment.isMany() && copies.stream().allMatch(containment.getEReferenceType()::isInstance)) {
                return containment;
            }
        }
        return null;
    }

    private static Command labelled(Command command) {
        CompoundCommand paste = new CompoundCommand("Paste");
        paste.append(command);
        return paste;
    }
}
