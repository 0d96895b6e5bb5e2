package org.framewright.ui.explorer;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.actions.RefreshAction;
import org.eclipse.ui.actions.RenameResourceAction;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.DeleteResourceAction;
import org.eclipse.ui.IActionBars;
import org.framewright.ui.diagrams.DiagramReference;
import org.framewright.ui.diagrams.OpenDiagramCommand;
import org.framewright.ui.editing.DocumentUndoRedo;
import org.framewright.ui.editing.EditActions;
import org.framewright.ui.editing.EditingMenus;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.markers.LiveValidation;
import org.framewright.ui.review.CommentStore;
import org.framewright.ui.properties.ItemPropertySourceProvider;

/**
 * The model explorer: the workspace's projects and files, and inside each {@code .framework} file its framework
 * with areas, logic models, indicators, schemes and councils, and its Diagrams. Double-click opens the framework
 * editor on the element, or the diagram. The selection drives the Properties view; the context menu adds (New Child,
 * New Sibling) and deletes elements on the file's shared command stack, and holds the file commands (Open, Open
 * Diagram, Open With, Validate, Score, Simulate, Copy, Paste, Rename, Refresh) that plugin.xml contributes.
 */
public final class ModelExplorerView extends ViewPart {

    /** The view id, as declared in plugin.xml. */
    public static final String ID = "org.framewright.ui.explorer";

    private TreeViewer viewer;
    private final IResourceChangeListener workspaceListener = this::workspaceChanged;
    private final LiveValidation.Listener validated = validation -> refreshLabels();
    private final CommentStore.Listener commented = file -> viewer.getControl().getDisplay().asyncExec(this::refreshLabels);
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
        IActionBars bars = getViewSite().getActionBars();
        undoRedo.install(bars);
        viewer.addSelectionChangedListener(event -> undoRedo.follow(event.getSelection()));
        EditingMenus.hook(viewer, hookEditActions(bars), getSite(), EditingMenus.EXPLORER_MENU_ID);
        hookResourceActions();
        ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener, IResourceChangeEvent.POST_CHANGE);
        LiveValidation.addGlobalListener(validated);
        CommentStore.addListener(commented);
    }

    /** A document was validated: its elements' problem overlays may have changed. */
    private void refreshLabels() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh(true);
        }
    }

    /**
     * Copy, Paste and Delete of files and folders or of model elements, whichever the selection holds: the part's
     * global actions (Edit menu, keys) and the first entries of the context menu.
     */
    private List<IAction> hookEditActions(IActionBars bars) {
        EditActions elements = new EditActions(viewer);
        ResourceClipboard files = new ResourceClipboard(getSite().getShell());
        viewer.addSelectionChangedListener(event -> files.selectionChanged((IStructuredSelection) event.getSelection()));
        files.selectionChanged(viewer.getStructuredSelection());
        List<IAction> models = elements.all();
        List<IAction> actions = List.of(new ResourceOrElementAction(viewer, files.copy, models.get(0)),
            new ResourceOrElementAction(viewer, files.paste, models.get(1)),
            new ResourceOrElementAction(viewer, new DeleteResourceAction(getSite()), models.get(2)));
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), actions.get(0));
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), actions.get(1));
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), actions.get(2));
        return actions;
    }

    /**
     * Rename and Refresh of files and folders: the handlers of the workbench's commands while the explorer is active
     * (File menu, keys, and the context menu items that plugin.xml contributes for resources).
     */
    private void hookResourceActions() {
        RenameResourceAction rename = new RenameResourceAction(getSite());
        RefreshAction refresh = new RefreshAction(getSite());
        ISelectionChangedListener listener = event -> {
            IStructuredSelection selection = (IStructuredSelection) event.getSelection();
            rename.selectionChanged(selection);
            refresh.selectionChanged(Resources.only(selection) ? selection : StructuredSelection.EMPTY);
        };
        viewer.addSelectionChangedListener(listener);
        listener.selectionChanged(new SelectionChangedEvent(viewer, viewer.getSelection()));
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        handlers.activateHandler(IWorkbenchCommandConstants.FILE_RENAME, new ActionHandler(rename));
        handlers.activateHandler(IWorkbenchCommandConstants.FILE_REFRESH, new ActionHandler(refresh));
    }

    /** The tree (for tests and for selecting elements). */
    public TreeViewer viewer() {
        return viewer;
    }

    private void open(IStructuredSelection selection) {
        Object element = selection.getFirstElement();
        if (element instanceof IFile file && ExplorerContentProvider.isFramework(file)) {
            FrameworkEditor.open(getSite().getPage(), file, null);
        } else if (element instanceof IFile file) {
            openInEditor(file);
        } else if (element instanceof DiagramReference diagram) {
            OpenDiagramCommand.execute(getSite(), diagram, getSite().getShell());
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

    /** Any other file (a report, a data file) opens in the editor the workbench associates with it. */
    private void openInEditor(IFile file) {
        try {
            IDE.openEditor(getSite().getPage(), file);
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), "Open", "Cannot open " + file.getName(), e.getStatus());
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
        CommentStore.removeListener(commented);
        undoRedo.setDocument(null);
        super.dispose();
    }
}
