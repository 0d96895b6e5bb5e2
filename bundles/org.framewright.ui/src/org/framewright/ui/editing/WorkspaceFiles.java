package org.framewright.ui.editing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/** The workspace's framework models and council data files, as the result views offer them for choosing. */
public record WorkspaceFiles(List<IFile> frameworks, List<IFile> dataFiles) {

    /**
     * The files that may hold comparator groups: every {@code .json} file (Oflog's {@code NN.json}) and every data
     * file (a CSV {@code group,council}); the reader tells which one is.
     */
    public List<IFile> groupFiles() throws CoreException {
        List<IFile> candidates = new ArrayList<>();
        ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
            if (resource instanceof IFile file && "json".equals(file.getFileExtension())) {
                candidates.add(file);
            }
            return true;
        }, IResource.DEPTH_INFINITE, false);
        candidates.addAll(dataFiles);
        return candidates;
    }

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
