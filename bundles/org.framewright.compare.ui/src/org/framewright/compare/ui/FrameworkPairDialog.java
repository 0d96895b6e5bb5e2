package org.framewright.compare.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/**
 * Asks for the two framework files to compare when fewer than two are selected (Compare Frameworks from the main
 * menu or Quick Access): a checklist of the workspace's {@code .framework} files with the selected one ticked.
 */
final class FrameworkPairDialog {

    private static final String TITLE = "Compare Frameworks";

    private FrameworkPairDialog() {
    }

    /** The two files the user ticked (old first, in workspace order), or an empty list when cancelled. */
    static List<IFile> ask(Shell shell, List<IFile> preselected) {
        List<IFile> frameworks = workspaceFrameworks();
        ListSelectionDialog dialog = new ListSelectionDialog(shell, frameworks, ArrayContentProvider.getInstance(),
            new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return ((IFile) element).getFullPath().makeRelative().toString();
                }
            }, "Tick the two frameworks to compare (the one the other is based on is taken as the old one):");
        dialog.setTitle(TITLE);
        dialog.setInitialElementSelections(preselected);
        while (dialog.open() == ListSelectionDialog.OK) {
            Object[] ticked = dialog.getResult();
            if (ticked.length == 2) {
                return Arrays.stream(ticked).map(IFile.class::cast).toList();
            }
            MessageDialog.openInformation(shell, TITLE, "Tick exactly two frameworks, not " + ticked.length + ".");
            dialog.setInitialElementSelections(Arrays.asList(ticked));
        }
        return List.of();
    }

    private static List<IFile> workspaceFrameworks() {
        List<IFile> files = new ArrayList<>();
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
                if (resource instanceof IFile file && "framework".equals(file.getFileExtension())) {
                    files.add(file);
                }
                return !resource.getName().startsWith(".") || resource.getType() == IResource.ROOT;
            });
        } catch (CoreException e) {
            // an unreadable project lists no files
        }
        return files;
    }
}
