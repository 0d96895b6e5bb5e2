package org.framewright.ui.start;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * The input of a page that is not a file (Getting Started, the User Guide): there is one such page per name, so
 * inputs of the same name are equal and opening the page again brings the open one to the front.
 */
public final class PageInput implements IEditorInput {

    private final String name;
    private final String toolTip;

    /** The page called {@code name}. */
    public PageInput(String name, String toolTip) {
        this.name = name;
        this.toolTip = toolTip;
    }

    @Override
    public boolean exists() {
        return false; // not a file: keeps it out of the recently opened list
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return toolTip;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PageInput page && page.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }
}
