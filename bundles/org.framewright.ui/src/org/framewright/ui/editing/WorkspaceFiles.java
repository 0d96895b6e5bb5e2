package org.framewright.ui.editing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/** The workspace's framework models and council data files, as the result views offer them for choosing. */
public record WorkspaceFiles(List<IFile> frameworks, List<IFile> dataFiles) {

    /** Every {@code .framework} file and every council data file ({@code .csv}, {@code .xlsx}) of the workspace. */
    public static WorkspaceFiles scan() throws CoreException {
        List<IFile> frameworks = new ArrayList<>();
        List<IFile> dataFiles = new ArrayList<>();
        ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
            if (resource instanceof IFile file) {
                String extension = file.getFileExtension();
                if ("framework".equals(extension)) {
                    frameworks.add(file);
                } else if ("csv".equals(extension) || "xlsx".equals(extension)) {
                    dataFiles.add(file);
                }
            }
            return true;
        }, IResource.DEPTH_INFINITE, false);
        return new WorkspaceFiles(List.copyOf(frameworks), List.copyOf(dataFiles));
    }
}
