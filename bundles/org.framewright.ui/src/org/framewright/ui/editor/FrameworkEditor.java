package org.framewright.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.framewright.compare.merge.ConflictFile;
import org.framewright.ui.editing.DeleteAction;
import org.framewright.ui.editing.EditActions;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.editing.ModelDocuments;
import org.framewright.ui.markers.LiveValidation;
import org.framewright.ui.markers.ProblemMarkers;
import org.framewright.ui.markers.ProblemOverlays;
import org.framewright.ui.properties.ItemPropertySourceProvider;
import org.framewright.ui.review.CommentStore;

/**
 * The form editor of a {@code .framework} file: Overview, Structure, Indicators, Schemes and Descriptors pages
 * over the file's shared {@link ModelDocument}. Dirty state, save and undo/redo are the document's. Its
 * {@link LiveValidation} shows in every page's header (message and icon), on the tab (overlay, tooltip) and in the
 * trees (overlays).
 * <p>
 * Opened on a {@link RevisionEditorInput}, it shows an earlier revision read-only: the tab names the revision, every
 * page's header says it is read-only, and an attempted change is refused (the header says so) and never makes the
 * editor dirty.
 */
public final class FrameworkEditor extends FormEditor implements IGotoMarker {

    /** The editor id, as declared in plugin.xml. */
    public static final String ID = "org.framewright.ui.editor.framework";

    /** The key binding context active while a framework editor is (Ctrl+Y redoes). */
    public static final String CONTEXT_ID = "org.framewright.ui.editorContext";

    private final SelectionForwarder selection = new SelectionForwarder();
    private final EditActions edits = new EditActions(selection);
    private final ModelDocument.Listener listener = this::documentChanged;
    private final LiveValidation.Listener validated = this::validated;
    private final CommentStore.Listener commented = this::commentsChanged;
    private ModelDocument document;
    private LiveValidation validation;
    private LocalResourceManager titleImages;
    private Image plainTitleImage;
    private boolean refused;

    /**
     * Opens (or activates) the form editor of {@code file} and selects {@code element} if it is not {@code null}. The
     * editor is matched by id as well as input: a diagram editor open on the same file is not the form.
     */
    public static FrameworkEditor open(IWorkbenchPage page, IFile file, EObject element) {
        try {
            FrameworkEditor editor = (FrameworkEditor) page.openEditor(new FileEditorInput(file), ID, true,
                IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
            if (element != null) {
                editor.selectElement(element);
            }
            return editor;
        } catch (PartInitException e) {
            ErrorDialog.openError(page.getWorkbenchWindow().getShell(), "Framewright", "Cannot open " + file.getName(),
                e.getStatus());
            return null;
        }
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (input instanceof RevisionEditorInput revision) {
            super.init(site, input);
            document = ModelDocument.ofRevision(revision.file(), revision.framework(), revision.revision());
        } else if (input instanceof IFileEditorInput fileInput) {
            super.init(site, input);
            try {
                document = ModelDocuments.acquire(fileInput.getFile());
            } catch (CoreException e) {
                throw new PartInitException(e.getStatus());
            }
        } else {
            throw new PartInitException("The framework editor opens workspace files only, not " + input.getName());
        }
        document.addListener(listener);
        setPartName(input.getName());
        setTitleToolTip(tooltip());
        site.setSelectionProvider(selection);
        site.getService(IContextService.class).activateContext(CONTEXT_ID);
        titleImages = new LocalResourceManager(JFaceResources.getResources());
        plainTitleImage = getTitleImage();
        validation = LiveValidation.of(document);
        validation.addListener(validated);
        CommentStore.addListener(commented);
        validated(validation);
    }

    @Override
    protected void addPages() {
        try {
            addPage(new OverviewPage(this));
            addPage(new StructurePage(this));
            addPage(new IndicatorsPage(this));
            addPage(new SchemesPage(this));
            addPage(new DescriptorsPage(this));
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), "Framewright", "Cannot create the editor's pages", e.getStatus());
        }
    }

    @Override
    protected void pageChange(int newPageIndex) {
        super.pageChange(newPageIndex);
        selection.setDelegate(getActivePageInstance() instanceof FrameworkPage page ? page.selectionProvider() : null);
    }

    /** Deletes the selected elements (the editor's Edit > Delete and context menu Delete). */
    public DeleteAction deleteAction() {
        return edits.delete();
    }

    /** Copy, Paste and Delete of the selected elements (Edit menu, Ctrl+C / Ctrl+V / Delete, context menu). */
    public EditActions editActions() {
        return edits;
    }

    /** The live validation of the document: its results are in the pages' headers, the tab and the trees. */
    public LiveValidation validation() {
        return validation;
    }

    /** The shared document this editor shows. */
    public ModelDocument document() {
        return document;
    }

    /**
     * The message every page's header shows instead of the validation summary while the editor shows a read-only
     * revision; {@code null} for the file itself.
     */
    public String readOnlyMessage() {
        if (document == null || !document.isReadOnly()) {
            return null;
        }
        String revision = "Read-only: revision " + document.revision() + " of " + document.file().getName();
        return refused ? revision + ". The change was not made; use Restore This Revision in the Framework History"
            + " view to edit the file from this revision." : revision + ".";
    }

    /** The id of the Merge editor of org.framewright.compare.ui, which settles a file's pending merge conflicts. */
    public static final String MERGE_EDITOR_ID = "org.framewright.compare.ui.merge";

    /**
     * The short message every page's header shows while a merge left conflicts beside the file
     * ({@code 3 merge conflicts pending}), short enough for a narrow window; else {@code null}.
     */
    public String pendingConflictsHeadline() {
        String message = pendingConflictsMessage();
        int count = pendingConflicts;
        return message == null ? null : count < 0 ? message
            : count + " merge conflict" + (count == 1 ? "" : "s") + " pending";
    }

    private int pendingConflicts = -1;

    /**
     * What the bar below every page's header says while a merge left conflicts beside the file
     * ({@code <file>.conflicts}, written by {@code framewright merge} or Git's merge driver), offering the Merge
     * editor; the bar wraps, so all of it is read in a narrow window; else {@code null}.
     */
    public String pendingConflictsMessage() {
        if (document == null || document.isReadOnly() || document.file().getLocation() == null) {
            return null;
        }
        java.nio.file.Path location = document.file().getLocation().toFile().toPath();
        if (!java.nio.file.Files.exists(ConflictFile.of(location))) {
            return null;
        }
        int count;
        try {
            count = ConflictFile.read(location).size();
        } catch (java.io.IOException e) {
            pendingConflicts = -1;
            return e.getMessage();
        }
        pendingConflicts = count;
        return count + " merge conflict" + (count == 1 ? " is" : "s are") + " pending in " + document.file().getName()
            + ConflictFile.SUFFIX + ". Resolve Conflicts... opens the Merge editor: take ours or theirs for each, then"
            + " save.";
    }

    /** Opens the Merge editor on this editor's file. */
    public void resolveConflicts() {
        try {
            getSite().getPage().openEditor(new FileEditorInput(document.file()), MERGE_EDITOR_ID, true,
                IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), "Framewright", "Cannot open the Merge editor", e.getStatus());
        }
    }

    /** True after a change of the read-only revision was refused. */
    public boolean changeRefused() {
        return refused;
    }

    private String tooltip() {
        return getEditorInput() instanceof RevisionEditorInput revision ? revision.getToolTipText()
            : document.file().getFullPath().toString();
    }

    /** Shows the page that lists {@code element} and selects it there. */
    public void selectElement(EObject element) {
        for (Object page : pages) {
            if (page instanceof FrameworkPage formPage && formPage.shows(element)) {
                setActivePage(formPage.getId());
                formPage.reveal(element);
                return;
            }
        }
    }

    @Override
    public void gotoMarker(IMarker marker) {
        String id = marker.getAttribute(ProblemMarkers.ELEMENT_ID, null);
        EObject element = id == null ? null : document.resource().getEObject(id);
        if (element != null) {
            selectElement(element);
        }
    }

    @Override
    public boolean isDirty() {
        return document != null && document.isDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            document.save(monitor);
        } catch (CoreException e) {
            ErrorDialog.openError(getSite().getShell(), "Framewright", "Cannot save " + getPartName(), e.getStatus());
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void doSaveAs() {
        // Save As is not offered: copy the file in the explorer instead
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(ItemPropertySourceProvider.newPage(document.adapterFactory()));
        }
        if (adapter == IGotoMarker.class) {
            return adapter.cast(this);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        edits.setSelectionProvider(null);
        CommentStore.removeListener(commented);
        if (validation != null) {
            validation.removeListener(validated);
        }
        if (document != null) {
            document.removeListener(listener);
            if (document.isDirty() && !otherEditorOpen()) {
                document.revertToSaved();
            }
            document.release();
            document = null;
        }
        super.dispose();
        if (titleImages != null) {
            titleImages.dispose();
        }
    }

    /** New validation results: the tab's overlay and tooltip, each page's header and tree overlays. */
    private void validated(LiveValidation results) {
        ImageDescriptor overlay = ProblemOverlays.overlay(results.severity(document.framework()));
        setTitleImage(overlay == null || plainTitleImage == null ? plainTitleImage
            : titleImages.create(new DecorationOverlayIcon(plainTitleImage, overlay, IDecoration.BOTTOM_LEFT)));
        String summary = results.summary();
        setTitleToolTip(tooltip() + (summary == null ? "" : "\n" + summary));
        for (Object page : pages) {
            if (page instanceof FrameworkPage formPage) {
                formPage.validated(results);
            }
        }
    }

    /** The file changed under the editor: without unsaved changes, show the file's new content. */
    private void reloadIfClean() {
        if (document == null || document.isDirty()) {
            return;
        }
        IWorkbenchPage page = getSite().getPage();
        IFile file = document.file();
        boolean active = page.getActiveEditor() == this;
        page.closeEditor(this, false);
        if (file.exists()) {
            FrameworkEditor reopened = open(page, file, null);
            if (reopened != null && !active) {
                page.bringToTop(reopened);
            }
        }
    }

    private boolean otherEditorOpen() {
        IWorkbenchPage page = getSite().getPage();
        List<IEditorReference> references = page == null ? List.of() : List.of(page.getEditorReferences());
        return references.stream().anyMatch(r -> r.getEditor(false) != this && matches(r));
    }

    private boolean matches(IEditorReference reference) {
        try {
            return getEditorInput().equals(reference.getEditorInput());
        } catch (PartInitException e) {
            return false;
        }
    }

    /** Comments of some model changed: if they are this file's, the trees' badges are brought up to date. */
    private void commentsChanged(java.nio.file.Path modelFile) {
        if (document == null || !modelFile.equals(CommentStore.fileOf(document.framework()))) {
            return;
        }
        Display display = getSite().getShell().getDisplay();
        display.asyncExec(() -> {
            for (Object page : pages) {
                if (page instanceof FrameworkPage formPage) {
                    formPage.labelsChanged();
                }
            }
        });
    }

    private void documentChanged(ModelDocument changed, ModelDocument.Change change) {
        if (change == ModelDocument.Change.REFUSED) {
            refused = true;
            validated(validation);
            return;
        }
        Runnable update = change == ModelDocument.Change.STALE ? this::reloadIfClean : () -> {
            firePropertyChange(PROP_DIRTY);
            for (Object page : pages) {
                if (page instanceof FrameworkPage formPage) {
                    formPage.documentChanged();
                }
            }
        };
        Display display = getSite().getShell().getDisplay();
        if (Display.getCurrent() == display) {
            update.run();
        } else {
            display.asyncExec(update);
        }
    }
}
