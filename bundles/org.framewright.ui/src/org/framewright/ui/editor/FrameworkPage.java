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
            managedForm.getForm().setMessage(conflicts, IMessageProvider.WARNING);
        } else {
            managedForm.getForm().setMessage(validation.summary(), validation.messageType(),
                ProblemMessages.of(validation));
        }
        StructuredViewer viewer = viewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh(true);
        }
    }

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
