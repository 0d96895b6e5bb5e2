package org.framewright.ui.editing;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Save dialogs for exports (league tables, charts, statistics, diagrams) that start in the folder of the project
 * the exported work belongs to, where the user keeps it, instead of the folder Framewright was installed in.
 */
public final class ExportDialogs {

    private ExportDialogs() {
    }

    /**
     * Asks where to save a {@code extension} file (e.g. {@code csv}) proposed as {@code fileName}, starting in the
     * folder of {@code near}'s project (the workspace folder when {@code near} is null); null when cancelled.
     */
    public static Path askSaveLocation(Shell shell, IResource near, String extension, String fileName) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*." + extension});
        dialog.setFileName(fileName);
        dialog.setFilterPath(startFolder(near));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    /** The folder a save dialog for {@code near}'s work starts in: its project's folder, else the workspace's. */
    public static String startFolder(IResource near) {
        IProject project = near == null ? null : near.getProject();
        IPath location = project != null && project.getLocation() != null ? project.getLocation()
            : ResourcesPlugin.getWorkspace().getRoot().getLocation();
        return location.toOSString();
    }
}
