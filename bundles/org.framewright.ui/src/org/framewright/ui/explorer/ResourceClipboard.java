package org.framewright.ui.explorer;

import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.actions.CopyFilesAndFoldersOperation;
import org.eclipse.ui.part.ResourceTransfer;

/**
 * Copy and Paste of workspace files and folders in the explorer, through the system clipboard (as resources and as
 * file names, so other programs can paste them too). Pasting into the folder a file came from asks for a new name.
 */
final class ResourceClipboard {

    private final Clipboard clipboard;
    private final Shell shell;
    private List<IResource> selected = List.of();
    private IContainer target;

    final Action copy = new Action("Copy") {
        @Override
        public void run() {
            copy();
        }
    };

    final Action paste = new Action("Paste") {
        @Override
        public void run() {
            paste();
        }
    };

    ResourceClipboard(Shell shell) {
        this.shell = shell;
        this.clipboard = new Clipboard(shell.getDisplay());
        shell.addDisposeListener(event -> clipboard.dispose());
    }

    /** The explorer's selection changed: what Copy copies and where Paste puts the copies. */
    void selectionChanged(IStructuredSelection selection) {
        selected = Resources.of(selection);
        IResource first = selected.isEmpty() ? null : selected.get(0);
        target = first instanceof IContainer container ? container : first == null ? null : first.getParent();
        copy.setEnabled(!selected.isEmpty() && selected.size() == selection.size());
        paste.setEnabled(target != null && target.getType() != IResource.ROOT && selected.size() == selection.size());
    }

    private void copy() {
        String[] paths = selected.stream().filter(r -> r.getLocation() != null).map(r -> r.getLocation().toOSString())
            .toArray(String[]::new);
        IResource[] resources = selected.toArray(IResource[]::new);
        if (paths.length == resources.length) {
            clipboard.setContents(new Object[] {resources, paths},
                new Transfer[] {ResourceTransfer.getInstance(), FileTransfer.getInstance()});
        } else {
            clipboard.setContents(new Object[] {resources}, new Transfer[] {ResourceTransfer.getInstance()});
        }
    }

    private void paste() {
        if (target == null) {
            return;
        }
        IResource[] resources = (IResource[]) clipboard.getContents(ResourceTransfer.getInstance());
        if (resources != null && resources.length > 0) {
            new CopyFilesAndFoldersOperation(shell).copyResources(resources, target);
            return;
        }
        String[] files = (String[]) clipboard.getContents(FileTransfer.getInstance());
        if (files != null && files.length > 0) {
            new CopyFilesAndFoldersOperation(shell).copyFiles(files, target);
        }
    }
}
