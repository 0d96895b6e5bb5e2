package org.framewright.ui.explorer;

import java.util.List;

import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.IStructuredSelection;

/** The workspace resources among a selection's elements. */
final class Resources {

    private Resources() {
    }

    /** The selected elements that are files, folders or projects, in selection order. */
    static List<IResource> of(IStructuredSelection selection) {
        return selection.toList().stream().filter(IResource.class::isInstance).map(IResource.class::cast).toList();
    }

    /** True when {@code selection} is not empty and holds only resources. */
    static boolean only(IStructuredSelection selection) {
        return !selection.isEmpty() && of(selection).size() == selection.size();
    }
}
