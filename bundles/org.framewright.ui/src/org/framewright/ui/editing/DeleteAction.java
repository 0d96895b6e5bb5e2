package org.framewright.ui.editing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Deletes the selected model elements with EMF's {@link DeleteCommand}: the elements, their contents and every
 * reference to them in the file go in one undoable command on the elements' {@link ModelDocument}. Installed as the
 * workbench's Delete handler (Edit > Delete, the Delete key) by the framework editor and the model explorer.
 */
public final class DeleteAction extends Action {

    private final ISelectionChangedListener listener = event -> update();
    private ISelectionProvider provider;

    /** A delete action for what {@code provider} selects ({@code null}: none yet). */
    public DeleteAction(ISelectionProvider provider) {
        super("&Delete");
        setId(ActionFactory.DELETE.getId());
        setActionDefinitionId("org.eclipse.ui.edit.delete");
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        setSelectionProvider(provider);
    }

    /** Acts on {@code newProvider}'s selection from now on. */
    public void setSelectionProvider(ISelectionProvider newProvider) {
        if (provider != null) {
            provider.removeSelectionChangedListener(listener);
        }
        provider = newProvider;
        if (provider != null) {
            provider.addSelectionChangedListener(listener);
        }
        update();
    }

    @Override
    public void run() {
        ModelDocument document = documentOf(selected());
        Command command = command(document, selected());
        if (command.canExecute()) {
            document.commandStack().execute(command);
        }
    }

    /** Enabled when every selected item is a deletable element of one open document. */
    public void update() {
        List<EObject> selected = selected();
        setEnabled(command(documentOf(selected), selected).canExecute());
    }

    private List<EObject> selected() {
        List<EObject> elements = new ArrayList<>();
        if (provider != null && provider.getSelection() instanceof IStructuredSelection selection) {
            for (Object item : selection) {
                if (!(item instanceof EObject element) || element.eContainer() == null) {
                    return List.of();
                }
                elements.add(element);
            }
        }
        return elements;
    }

    private static ModelDocument documentOf(List<EObject> elements) {
        ModelDocument document = elements.isEmpty() ? null : ModelDocuments.of(elements.get(0));
        boolean oneFile = document != null
            && elements.stream().allMatch(e -> e.eResource() == document.resource());
        return oneFile ? document : null;
    }

    private static Command command(ModelDocument document, List<EObject> elements) {
        return document == null ? UnexecutableCommand.INSTANCE : DeleteCommand.create(document.domain(), elements);
    }
}
