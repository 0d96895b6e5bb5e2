package org.framewright.ui.editor;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.ui.handlers.IHandlerService;
import org.framewright.ui.commands.ValidateFrameworkCommandHandler;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.framewright.ui.editing.EditingMenus;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.markers.LiveValidation;

/** A page of the {@link FrameworkEditor}: a form with a heading, one main viewer that drives the selection. */
abstract class FrameworkPage extends FormPage {

    FrameworkPage(FrameworkEditor editor, String id, String title) {
        super(editor, id, title);
    }

    /** The editor's shared document. */
    ModelDocument document() {
        return ((FrameworkEditor) getEditor()).document();
    }

    @Override
    protected final void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        String revision = document().isReadOnly() ? " @ " + document().revision() + " (read-only)" : "";
        form.setText(getTitle() + ": " + document().framework().getName() + revision);
        toolkit.decorateFormHeading(form.getForm());
        form.getToolBarManager().add(new Action("Validate") {
            @Override
            public void run() {
                try {
                    getSite().getService(IHandlerService.class).executeCommand(ValidateFrameworkCommandHandler.COMMAND_ID, null);
                } catch (CommandException e) {
                    ILog.of(getClass()).error("Validation failed", e);
                }
            }
        });
        FrameworkEditor editor = (FrameworkEditor) getEditor();
        if (editor.pendingConflictsMessage() != null) {
            form.getToolBarManager().add(new Action("Resolve Conflicts...") {
                @Override
                public void run() {
                    editor.resolveConflicts();
                }
            });
        }
        form.getToolBarManager().update(true);
        createContent(managedForm, form.getBody(), toolkit);
        validated(((FrameworkEditor) getEditor()).validation());
        if (viewer() != null) {
            EditingMenus.hook(viewer(), ((FrameworkEditor) getEditor()).editActions().all(), getSite(),
                EditingMenus.EDITOR_TREE_MENU_ID);
        }
    }

    /** Fills the form's body. */
    protected abstract void createContent(IManagedForm managedForm, Composite body, FormToolkit toolkit);

    /** The viewer whose selection is the editor's selection while this page is active. */
    abstract StructuredViewer viewer();

    ISelectionProvider selectionProvider() {
        return viewer();
    }

    /** True when this page lists {@code element}. */
    abstract boolean shows(EObject element);

    /** Selects {@code element} and scrolls it into view. */
    void reveal(EObject element) {
        if (viewer() != null) {
            viewer().setSelection(new StructuredSelection(element), true);
        }
    }

    /**
     * New validation results: the header's message (with its error or warning icon, and the list of problems in its
     * hover) and the tree's overlays.
     */
    void validated(LiveValidation validation) {
        IManagedForm managedForm = getManagedForm();
        if (validation == null || managedForm == null || managedForm.getForm().isDisposed()) {
            return;
        }
        String readOnly = ((FrameworkEditor) getEditor()).readOnlyMessage();
        String conflicts = readOnly == null ? ((FrameworkEditor) getEditor()).pendingConflictsMessage() : null;
        if (readOnly != null) {
            managedForm.getForm().setMessage(readOnly, ((FrameworkEditor) getEditor()).changeRefused() ? IMessageProvider.WARNING
                : IMessageProvider.INFORMATION);
        } else if (conflicts != null) {
            managedForm.getForm().setMessage(((FrameworkEditor) getEditor()).pendingConflictsHeadline(),
                IMessageProvider.WARNING);
        } else {
            managedForm.getForm().setMessage(validation.summary(), validation.messageType(),
                ProblemMessages.of(validation));
        }
        showConflicts(managedForm, conflicts);
        StructuredViewer viewer = viewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh(true);
        }
    }

    /**
     * The bar below the header (its head client) while merge conflicts are pending: the whole offer as wrapping text
     * and a Resolve Conflicts... link, readable however narrow the window; gone once the conflicts are settled.
     */
    private void showConflicts(IManagedForm managedForm, String text) {
        org.eclipse.ui.forms.widgets.Form form = managedForm.getForm().getForm();
        if (text == null) {
            if (conflictsBar != null) {
                form.setHeadClient(null);
                conflictsBar.dispose();
                conflictsBar = null;
                conflictsText = null;
                managedForm.getForm().reflow(true);
            }
            return;
        }
        if (conflictsBar == null) {
            FormToolkit toolkit = managedForm.getToolkit();
            conflictsBar = toolkit.createComposite(form.getHead());
            org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().numColumns(1).margins(2, 2)
                .applyTo(conflictsBar);
            conflictsText = toolkit.createLabel(conflictsBar, "", org.eclipse.swt.SWT.WRAP);
            conflictsText.setData(CONFLICTS_BAR, Boolean.TRUE);
            // as wide as the form shows, not as the heading (which a long title can make wider than the window)
            org.eclipse.jface.layout.GridDataFactory.swtDefaults().align(org.eclipse.swt.SWT.BEGINNING,
                org.eclipse.swt.SWT.BEGINNING).hint(100, org.eclipse.swt.SWT.DEFAULT).applyTo(conflictsText);
            managedForm.getForm().addListener(org.eclipse.swt.SWT.Resize, event -> fitConflictsBar(managedForm));
            org.eclipse.swt.widgets.Link link = new org.eclipse.swt.widgets.Link(conflictsBar, org.eclipse.swt.SWT.NONE);
            link.setText("<a>Resolve Conflicts...</a>");
            link.setBackground(conflictsBar.getBackground());
            link.addListener(org.eclipse.swt.SWT.Selection, event -> ((FrameworkEditor) getEditor()).resolveConflicts());
            form.setHeadClient(conflictsBar);
        }
        if (!text.equals(conflictsText.getText())) {
            conflictsText.setText(text);
            managedForm.getForm().reflow(true);
        }
        fitConflictsBar(managedForm);
    }

    /** Wraps the conflicts bar's text at the width the form shows. */
    private void fitConflictsBar(IManagedForm managedForm) {
        if (conflictsText == null || conflictsText.isDisposed() || managedForm.getForm().isDisposed()) {
            return;
        }
        int width = Math.max(100, managedForm.getForm().getClientArea().width - 24);
        org.eclipse.swt.layout.GridData data = (org.eclipse.swt.layout.GridData) conflictsText.getLayoutData();
        if (data.widthHint != width) {
            data.widthHint = width;
            managedForm.getForm().getForm().getHead().layout(true, true);
            managedForm.getForm().reflow(true);
        }
    }

    /** The key of {@link org.eclipse.swt.widgets.Widget#getData(String)} marking the text of the conflicts bar. */
    static final String CONFLICTS_BAR = "org.framewright.ui.editor.conflictsBar";

    private Composite conflictsBar;
    private org.eclipse.swt.widgets.Label conflictsText;

    /** The model changed (a command was executed, undone or redone): bring the page up to date. */
    void documentChanged() {
        StructuredViewer viewer = viewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh();
        }
    }

    /** Labels changed without a model change (e.g. review comments were added): the viewer shows them afresh. */
    void labelsChanged() {
        StructuredViewer viewer = viewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh(true);
        }
    }
}
