package org.framewright.ui.editing;

import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Copies the selected model elements (with their contents) to the {@link ModelClipboard}: the workbench's Copy
 * (Edit > Copy, Ctrl+C) in the framework editor's trees and the model explorer.
 */
public final class CopyAction extends ModelSelectionAction {

    private final PasteAction paste;

    /** A copy action for what {@code provider} selects ({@code null}: none yet); {@code paste} is enabled by it. */
    public CopyAction(ISelectionProvider provider, PasteAction paste) {
        super("&Copy", provider);
        this.paste = paste;
        setId(ActionFactory.COPY.getId());
        setActionDefinitionId("org.eclipse.ui.edit.copy");
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
    }

    @Override
    public void run() {
        if (documentOf(selected()) != null) {
            ModelClipboard.copy(selected());
            paste.update();
        }
    }

    /** Enabled when model elements of one open document are selected. */
    @Override
    public void update() {
        setEnabled(documentOf(selected()) != null);
    }
}
