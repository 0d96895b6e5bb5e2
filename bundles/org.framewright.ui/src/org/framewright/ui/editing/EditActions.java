package org.framewright.ui.editing;

import java.util.List;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The workbench's Copy, Paste and Delete for the model elements one selection provider selects (a part's model
 * tree): installed as the part's global action handlers, so Edit > Copy / Paste / Delete and Ctrl+C / Ctrl+V /
 * Delete act on them, and listed in the tree's context menu.
 */
public final class EditActions {

    private final PasteAction paste;
    private final CopyAction copy;
    private final DeleteAction delete;

    /** The actions for what {@code provider} selects ({@code null}: none yet). */
    public EditActions(ISelectionProvider provider) {
        paste = new PasteAction(provider);
        copy = new CopyAction(provider, paste);
        delete = new DeleteAction(provider);
    }

    /** Acts on {@code provider}'s selection from now on ({@code null}: none). */
    public void setSelectionProvider(ISelectionProvider provider) {
        paste.setSelectionProvider(provider);
        copy.setSelectionProvider(provider);
        delete.setSelectionProvider(provider);
    }

    /** Makes these actions the global Copy, Paste and Delete handlers of {@code bars}. */
    public void install(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
    }

    /** Copy, Paste and Delete, in the order of a context menu. */
    public List<IAction> all() {
        return List.of(copy, paste, delete);
    }

    /** The Delete action. */
    public DeleteAction delete() {
        return delete;
    }
}
