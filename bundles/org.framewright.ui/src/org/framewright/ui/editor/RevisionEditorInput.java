package org.framewright.ui.editor;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.framewright.model.Framework;

/**
 * An earlier revision of a framework file for the {@link FrameworkEditor}, which shows it read-only: the file, the
 * revision's name (e.g. a short commit id), its description (e.g. the commit's date and message) and its model, read
 * by the caller (e.g. from Git). Two inputs are equal when they name the same file and revision, so opening a
 * revision twice activates its editor.
 */
public final class RevisionEditorInput implements IEditorInput {

    private final IFile file;
    private final String revision;
    private final String description;
    private final Framework framework;

    /** A revision {@code revision} of {@code file} whose model is {@code framework} (not shared with anyone else). */
    public RevisionEditorInput(IFile file, String revision, String description, Framework framework) {
        this.file = Objects.requireNonNull(file);
        this.revision = Objects.requireNonNull(revision);
        this.description = description == null ? "" : description;
        this.framework = Objects.requireNonNull(framework);
    }

    /** The workspace file this is a revision of. */
    public IFile file() {
        return file;
    }

    /** The revision's name, e.g. a short commit id. */
    public String revision() {
        return revision;
    }

    /** The revision's model. */
    public Framework framework() {
        return framework;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    /** {@code csci.framework @ 1a2b3c4 (read-only)}. */
    @Override
    public String getName() {
        return file.getName() + " @ " + revision + " (read-only)";
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return file.getFullPath() + " at revision " + revision + (description.isEmpty() ? "" : ": " + description)
            + " (read-only)";
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RevisionEditorInput input && input.file.equals(file)
            && input.revision.equals(revision);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, revision);
    }
}
