package org.framewright.ui.explorer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.framewright.ui.editing.DocumentUndoRedo;
import org.framewright.ui.editing.EditActions;
import org.framewright.ui.editing.EditingMenus;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.markers.LiveValidation;
import org.framewright.ui.properties.ItemPropertySourceProvider;

/**
 * The model explorer: the workspace's projects and files, and inside each {@code .framework} file its framework
 * with areas, logic models, indicators, schemes and councils. Double-click opens the framework editor on the
 * element. The selection drives the Properties view; the context menu adds (New Child, New Sibling) and deletes
 * elements on the file's shared command stack.
 */
public final class ModelExplorerView extends ViewPart {

    /** The view id, as declared in plugin.xml. */
    public static final String ID = "org.framewright.ui.explorer";

    private TreeViewer viewer;
    private final IResourceChangeListener workspaceListener = this::workspaceChanged;
    private final LiveValidation.Listener validated = validation -> refreshLabels();
    private final DocumentUndoRedo undoRedo = new DocumentUndoRedo();

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ExplorerContentProvider());
        viewer.setLabelProvider(new ExplorerLabelProvider(viewer.getControl()));
        viewer.setInput(ResourcesPlugin.getWorkspace().getRoot());
        viewer.addDoubleClickListener(event -> open((IStructuredSelection) event.getSelection()));
        getSite().setSelectionProvider(viewer);
        EditActions edits = new EditActions(viewer);
        edits.install(getViewSite().getActionBars());
        undoRedo.install(getViewSite().getActionBars());
        viewer.addSelectionChangedListener(event -> undoRedo.follow(event.getSelection()));
        EditingMenus.hook(viewer, edits.all(), getSite(), EditingMenus.EXPLORER_MENU_ID);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener, IResourceChangeEvent.POST_CHANGE);
        LiveValidation.addGlobalListener(validated);
    }

    /** A document was validated: its elements' problem overlays may have changed. */
    private void refreshLabels() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh(true);
        }
    }

    /** The tree (for tests and for selecting elements). */
    public TreeViewer viewer() {
        return viewer;
    }

    private void open(IStructuredSelection selection) {
        Object element = selection.getFirstElement();
        if (element instanceof IFile file && ExplorerContentProvider.isFramework(file)) {
            FrameworkEditor.open(getSite().getPage(), file, null);
        } else if (element instanceof EObject object) {
            Object top = viewer.getTree().getSelection()[0];
            IFile file = fileOf(viewer.getTree().getSelection()[0].getParentItem(), top);
            if (file != null) {
                FrameworkEditor.open(getSite().getPage(), file, object);
            }
        } else if (element != null) {
            viewer.setExpandedState(element, !viewer.getExpandedState(element));
        }
    }

    private static IFile fileOf(org.eclipse.swt.widgets.TreeItem item, Object fallback) {
        for (org.eclipse.swt.widgets.TreeItem at = item; at != null; at = at.getParentItem()) {
            if (at.getData() instanceof IFile file) {
                return file;
            }
        }
        return fallback instanceof IFile file ? file : null;
    }

    private void workspaceChanged(IResourceChangeEvent event) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.refresh();
            }
        });
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(ItemPropertySourceProvider.newPage(null));
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(workspaceListener);
        LiveValidation.removeGlobalListener(validated);
        undoRedo.setDocument(null);
        super.dispose();
    }
}
