package org.framewright.diagram.ui.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.framewright.diagram.server.document.DiagramDocument;
import org.framewright.diagram.server.filter.DiagramFilter;
import org.framewright.diagram.server.layout.DiagramKey;
import org.framewright.diagram.server.document.DiagramDocuments;
import org.framewright.diagram.server.logicmodel.LogicModelTypes;
import org.framewright.diagram.server.model.NodeShapes;
import org.framewright.diagram.server.share.ShareSession;
import org.framewright.diagram.server.structure.StructureTypes;
import org.framewright.diagram.ui.DiagramUiPlugin;
import org.framewright.diagram.ui.commands.FilterHandler;
import org.framewright.diagram.ui.documents.WorkbenchDocumentProvider;
import org.framewright.model.LogicModel;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.editing.ModelDocuments;
import org.framewright.ui.properties.ItemPropertySourceProvider;

import com.google.gson.Gson;

/**
 * A diagram of a {@code .framework} file (its structure, or one logic model) in an SWT Browser running the GLSP web
 * client, connected to the in-process server. The model is the shared {@link ModelDocument} of the file: edits in
 * the diagram and in the form editor are one undo history, the editor is dirty until saved, and the diagram's
 * selection (the model elements) drives the Properties view.
 */
public class DiagramEditor extends EditorPart {

    /** The editor id. */
    public static final String ID = "org.framewright.diagram.ui.editor";

    private final DiagramSelectionProvider selection = new DiagramSelectionProvider();
    private final ModelDocument.Listener dirtyListener = (changed, change) -> onUiThread(
            () -> firePropertyChange(PROP_DIRTY));
    private ModelDocument model;
    private DiagramDocument document;
    private String diagramType = StructureTypes.DIAGRAM_TYPE;
    private String elementId;
    private Browser browser;
    private volatile String clientStatus = "";
    private volatile List<String> activeFilters = List.of();
    private List<String> selectedIds = List.of();
    private final DiagramEditing editing = new DiagramEditing(this);
    private ShareSession sharing;

    /** Opens (or activates) the diagram of {@code file}: the structure, or logic model {@code logicModelId}. */
    public static DiagramEditor open(IWorkbenchPage page, IFile file, String logicModelId, String title)
            throws PartInitException {
        // not by the workbench's input matching: a plain file input (Open With) equals every diagram input of the file
        for (IEditorReference reference : page.getEditorReferences()) {
            if (ID.equals(reference.getId()) && reference.getEditor(true) instanceof DiagramEditor open
                    && open.showsDiagram(file, logicModelId == null ? StructureTypes.DIAGRAM_TYPE
                            : LogicModelTypes.DIAGRAM_TYPE, logicModelId)) {
                page.activate(open);
                return open;
            }
        }
        return (DiagramEditor) page.openEditor(new DiagramEditorInput(file, logicModelId, title), ID, true,
                IWorkbenchPage.MATCH_NONE);
    }

    private boolean showsDiagram(IFile file, String otherDiagramType, String otherElementId) {
        return getEditorInput() instanceof IFileEditorInput input && input.getFile().equals(file)
                && diagramType.equals(otherDiagramType) && Objects.equals(elementId, otherElementId);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException("The diagram editor opens .framework files in the workspace, not " + input);
        }
        setSite(site);
        setInput(input);
        if (input instanceof DiagramEditorInput diagramInput) {
            diagramType = diagramInput.diagramType();
            elementId = diagramInput.elementId();
        }
        try {
            model = ModelDocuments.acquire(fileInput.getFile());
            document = ((WorkbenchDocumentProvider) DiagramDocuments.provider()).of(model);
        } catch (CoreException | IOException | ClassCastException e) {
            if (model != null) {
                model.release();
            }
            throw new PartInitException(fileInput.getFile().getFullPath() + ": cannot open the diagram: "
                    + e.getMessage(), e);
        }
        model.addListener(dirtyListener);
        site.setSelectionProvider(selection);
        setPartName(input.getName());
    }

    @Override
    public void createPartControl(Composite parent) {
        browser = new Browser(parent, SWT.NONE);
        browser.setText("<html><body style='font:13px sans-serif;color:#5c6b7a'>Starting the diagram server…</body></html>");
        new DiagramBrowserFunctions(this).install(browser);
        new DiagramContextMenu(this).install(browser);
        // SWT may take Escape as a traversal before the page sees it: keep it for the page, and cancel a label edit
        browser.addTraverseListener(event -> {
            if (event.detail == SWT.TRAVERSE_ESCAPE) {
                event.doit = false;
                browser.execute("if (typeof fwCancelLabelEdit === 'function') { fwCancelLabelEdit(); }");
            }
        });
        Display display = parent.getDisplay();
        DiagramUiPlugin.server().whenComplete((address, error) -> display.asyncExec(() -> {
            if (browser.isDisposed()) {
                return;
            }
            try {
                if (error != null) {
                    throw error;
                }
                browser.setUrl(DiagramPage.url(address, diagramType, document.file().toString(), elementId,
                        getPartName()));
            } catch (Throwable e) {
                browser.setText("<pre>The diagram could not be shown: " + e + "</pre>");
            }
        }));
    }

    /** The shared document of the file. */
    public ModelDocument document() {
        return model;
    }

    /** The {@code .framework} file shown. */
    public IFile file() {
        return ((IFileEditorInput) getEditorInput()).getFile();
    }

    /** The logic model shown, or null for any other diagram. */
    public String logicModelId() {
        return LogicModelTypes.DIAGRAM_TYPE.equals(diagramType) ? elementId : null;
    }

    /** The diagram type shown (see {@code org.framewright.diagram.types}). */
    public String diagramType() {
        return diagramType;
    }

    /** The browser showing the web client (for tests). */
    public Browser browser() {
        return browser;
    }

    /** The web client's last status message ("ready" once the diagram is shown). */
    public String clientStatus() {
        return clientStatus;
    }

    void setClientStatus(String status) {
        clientStatus = status;
    }

    /** The client selected the GModel elements {@code ids}: select their model elements. */
    void selectGModelIds(List<String> ids) {
        selectedIds = List.copyOf(ids);
        List<EObject> elements = new ArrayList<>();
        for (String id : ids) {
            EObject element = element(id);
            if (element != null) {
                elements.add(element);
            }
        }
        selection.setSelection(new StructuredSelection(elements));
    }

    /** The GModel ids selected in the diagram. */
    List<String> selectedIds() {
        return selectedIds;
    }

    /** The model elements selected in the diagram. */
    List<EObject> selectedElements() {
        List<EObject> elements = new ArrayList<>();
        if (selection.getSelection() instanceof StructuredSelection selected) {
            for (Object element : selected.toList()) {
                if (element instanceof EObject object) {
                    elements.add(object);
                }
            }
        }
        return elements;
    }

    /** The element this diagram shows: its logic model, or the framework for the structure diagram. */
    EObject shown() {
        return elementId == null ? model.framework() : model.resource().getEObject(elementId);
    }

    /** Delete, Copy and Paste on the diagram's selection. */
    DiagramEditing editing() {
        return editing;
    }

    /** The model element drawn as GModel element {@code gmodelId} (a node or its name label), or null. */
    EObject element(String gmodelId) {
        return model == null ? null : model.resource().getEObject(NodeShapes.elementIdOf(gmodelId));
    }

    /** Zooms the diagram: {@code fit}, {@code in}, {@code out} or {@code 100}. */
    public void zoom(String kind) {
        runInClient("fwZoom(" + new Gson().toJson(kind) + ")");
    }

    /** Switches {@code filter} on or off in this diagram (one undoable command, saved with the layout). */
    public void setFilter(DiagramFilter filter, boolean active) {
        runInClient("fwSetFilter('" + filter.name() + "', " + active + ")");
    }

    /** The names of the filters the diagram shows as switched on (as the server last sent them). */
    public Set<String> activeFilters() {
        return Set.copyOf(activeFilters);
    }

    /** The client rendered a model with the filters {@code names} switched on. */
    void filtersShown(List<String> names) {
        activeFilters = List.copyOf(names);
        FilterHandler.refresh();
    }

    /**
     * Collapses ({@code collapsed} true) or expands the areas {@code ids} of the structure diagram, every area with
     * children when {@code ids} is empty (one undoable edit, kept in the layout file with the next save).
     */
    public void collapse(List<String> ids, boolean collapsed) {
        runInClient("fwCollapse(" + new Gson().toJson(ids) + ", " + collapsed + ")");
    }

    /** "collapsed", "expanded", or "" when the drawn element {@code id} has no children to hide (or is not drawn). */
    public String collapseState(String id) {
        Object state = browser == null || browser.isDisposed() ? null : browser.evaluate(
                "return typeof fwCollapseState === 'function' ? fwCollapseState(" + new Gson().toJson(id) + ") : '';");
        return state instanceof String text ? text : "";
    }

    /**
     * The whole diagram as the Outline's thumbnail draws it (JSON of the client's {@code fwOverview()}: nodes, edges,
     * the visible part), or null before the client is ready.
     */
    public String overview() {
        Object json = browser == null || browser.isDisposed() ? null : browser.evaluate(
                "return typeof fwOverview === 'function' ? fwOverview() : null;");
        return json instanceof String text ? text : null;
    }

    /** Scrolls the diagram so that diagram point ({@code x}, {@code y}) is in the middle of the view. */
    public void scrollTo(double x, double y) {
        if (browser != null && !browser.isDisposed()) {
            browser.execute("if (typeof fwScrollTo === 'function') { fwScrollTo(" + x + ", " + y + "); }");
        }
    }

    /** Starts editing the name of the selected node in place (F2, Rename). */
    public void editLabel() {
        runInClient("fwEditLabel()");
    }

    /** Runs {@code script} in the web client once it has connected (nothing before). */
    void runInClient(String script) {
        if (browser != null && !browser.isDisposed()) {
            browser.setFocus();
            browser.execute("if (typeof fwDispatch === 'function') { " + script + "; }");
        }
    }

    /** Drill-down: opens the logic model diagram {@code id} of the same file. */
    void openLogicModel(String id) {
        EObject target = model.resource().getEObject(id);
        String title = target instanceof LogicModel logicModel ? logicModel.getName() : id;
        try {
            open(getSite().getPage(), file(), id, title);
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), "Open logic model", null, e.getStatus());
        }
    }

    /**
     * Starts a live workshop session on this diagram (ending one that runs): web browsers that open its links see
     * this diagram and, through the edit link, change it on this document's command stack. Ends with
     * {@link #endSharing()} or when the editor closes.
     */
    public ShareSession share(ShareSession.Options options) throws Exception {
        endSharing();
        String key = DiagramKey.of(diagramType, elementId);
        sharing = ShareSession.start(new ShareSession.Diagram(document, diagramType, key, elementId, getPartName()),
                DiagramPage.webRoot(), options);
        setContentDescription("Shared: " + sharing.options().links().size() + " link(s) open");
        return sharing;
    }

    /** The running live session of this diagram, if any. */
    public Optional<ShareSession> sharing() {
        return Optional.ofNullable(sharing).filter(ShareSession::isRunning);
    }

    /** Ends the live session (every participant is disconnected); nothing when none runs. */
    public void endSharing() {
        if (sharing != null) {
            try {
                sharing.stop();
            } catch (Exception e) {
                ILog.of(DiagramEditor.class).error("Ending the live session of " + getPartName(), e);
            }
            sharing = null;
            if (!getSite().getShell().isDisposed()) {
                setContentDescription("");
            }
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class && model != null) {
            return adapter.cast(ItemPropertySourceProvider.newPage(model.adapterFactory()));
        }
        if (adapter == IContentOutlinePage.class) {
            return adapter.cast(new DiagramOutlinePage(this));
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            model.save(monitor);
        } catch (CoreException e) {
            ErrorDialog.openError(getSite().getShell(), "Save", null, e.getStatus());
        }
    }

    @Override
    public void doSaveAs() {
        // Save As is offered by the form editor
    }

    @Override
    public boolean isDirty() {
        return model != null && model.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        if (browser != null && !browser.isDisposed()) {
            browser.setFocus();
        }
    }

    @Override
    public void dispose() {
        endSharing();
        if (model != null) {
            model.removeListener(dirtyListener);
            model.release();
            model = null;
        }
        super.dispose();
    }

    private static void onUiThread(Runnable runnable) {
        Display display = Display.getDefault();
        if (display.getThread() == Thread.currentThread()) {
            runnable.run();
        } else {
            display.asyncExec(runnable);
        }
    }
}
