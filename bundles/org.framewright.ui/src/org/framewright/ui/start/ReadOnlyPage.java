package org.framewright.ui.start;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * A page in the editor area that shows something rather than editing a document (Getting Started, the User Guide):
 * titled by its {@link PageInput}, never dirty, nothing to save.
 */
public abstract class ReadOnlyPage extends EditorPart {

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        setPartName(input.getName());
    }

    @Override
    public final void doSave(IProgressMonitor monitor) {
        // nothing to save
    }

    @Override
    public final void doSaveAs() {
        // nothing to save
    }

    @Override
    public final boolean isDirty() {
        return false;
    }

    @Override
    public final boolean isSaveAsAllowed() {
        return false;
    }
}
