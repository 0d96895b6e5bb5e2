package org.framewright.ui.wizards;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Where imported council data goes: the {@value #DATA} folder of the project the user is working in (the project
 * of the selected file or model element, else of the active editor's file), which is where the samples keep theirs
 * and where the Scoring and Simulation views look first. A folder the user selected is taken as it is.
 */
final class DataFolders {

    /** The name of a project's data folder. */
    static final String DATA = "data";

    private DataFolders() {
    }

    /** The default target folder for {@code selected} in {@code window}; may not exist yet; null without projects. */
    static IContainer defaultFor(Object selected, IWorkbenchWindow window) {
        if (selected instanceof IFolder folder) {
            return folder;
        }
        IProject project = projectOf(selected);
        if (project == null && window != null && window.getActivePage() != null) {
            IEditorPart editor = window.getActivePage().getActiveEditor();
            project = editor == null ? null : projectOf(editor.getEditorInput());
        }
        if (project == null) {
            project = firstOpenProject();
        }
        return project == null ? null : project.getFolder(DATA);
    }

    /** {@code path} as a workspace folder: an existing container, or a folder still to create in an open project. */
    static IContainer container(IPath path) {
        IResource existing = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
        if (existing instanceof IContainer container && existing.getType() != IResource.ROOT) {
            return container;
        }
        boolean inOpenProject = path.segmentCount() >= 2
            && ResourcesPlugin.getWorkspace().getRoot().getProject(path.segment(0)).isOpen();
        return existing == null && inOpenProject ? ResourcesPlugin.getWorkspace().getRoot().getFolder(path) : null;
    }

    /** Creates {@code container} and the folders above it that are missing. */
    static void create(IContainer container, IProgressMonitor monitor) throws CoreException {
        if (container instanceof IFolder folder && !folder.exists()) {
            create(folder.getParent(), monitor);
            folder.create(IResource.NONE, true, monitor);
        }
    }

    private static IProject projectOf(Object element) {
        IResource resource = Adapters.adapt(element, IResource.class);
        if (resource == null && element instanceof EObject object && object.eResource() != null) {
            URI uri = object.eResource().getURI();
            resource = uri.isPlatformResource()
                ? ResourcesPlugin.getWorkspace().getRoot().findMember(uri.toPlatformString(true)) : null;
        }
        return resource == null || resource.getType() == IResource.ROOT ? null : resource.getProject();
    }

    private static IProject firstOpenProject() {
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (project.isOpen()) {
                return project;
            }
        }
        return null;
    }
}
