package org.framewright.ui.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.services.IEvaluationService;
import org.eclipse.ui.services.IServiceLocator;
import org.framewright.model.resource.FrameworkResourceFactory;
import org.framewright.ui.diagrams.DiagramReference;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.editing.ModelDocuments;
import org.framewright.ui.explorer.DiagramsNode;

/**
 * The framework files a command works on: those of the selection (files, model elements of open documents, Diagrams
 * nodes and diagrams), else the active editor's file.
 */
public final class SelectedFrameworks {

    private SelectedFrameworks() {
    }

    /** The distinct framework files of the event's selection, else the active editor's; in selection order. */
    public static List<IFile> of(ExecutionEvent event) {
        List<IFile> files = inSelection(HandlerUtil.getCurrentSelection(event));
        if (files.isEmpty()) {
            IFile editorFile = ofEditor(HandlerUtil.getActiveEditor(event));
            if (editorFile != null) {
                files.add(editorFile);
            }
        }
        return files;
    }

    /** The first of {@link #of(ExecutionEvent)}; null (after telling the user what to select) when there is none. */
    public static IFile first(ExecutionEvent event, String commandName) {
        List<IFile> files = of(event);
        if (files.isEmpty()) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), commandName,
                "Select a .framework file in the Model Explorer, or open one in an editor.");
            return null;
        }
        return files.get(0);
    }

    /** The distinct framework files that {@code selection}'s elements are or belong to. */
    public static List<IFile> inSelection(ISelection selection) {
        List<IFile> files = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured.toList()) {
                IFile file = fileOf(element);
                if (file != null && !files.contains(file)) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    /** The framework file that {@code element} is or belongs to, else null. */
    public static IFile fileOf(Object element) {
        if (element instanceof DiagramsNode node) {
            return node.file();
        }
        if (element instanceof DiagramReference diagram) {
            return diagram.file();
        }
        if (element instanceof EObject object) {
            ModelDocument document = ModelDocuments.of(object);
            return document == null ? null : document.file();
        }
        IFile file = element == null ? null : Adapters.adapt(element, IFile.class);
        return isFramework(file) ? file : null;
    }

    /**
     * The selection a context menu was opened on ({@code activeMenuSelection}), else the current selection: what the
     * dynamic entries of a context menu ({@code <dynamic>} in plugin.xml) act on.
     */
    public static Object menuSelection(IServiceLocator locator) {
        IEvaluationContext state = locator.getService(IEvaluationService.class).getCurrentState();
        Object menuSelection = state.getVariable(ISources.ACTIVE_MENU_SELECTION_NAME);
        return menuSelection instanceof ISelection ? menuSelection
            : state.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME);
    }

    private static IFile ofEditor(IEditorPart editor) {
        return editor != null && editor.getEditorInput() instanceof IFileEditorInput input
            && isFramework(input.getFile()) ? input.getFile() : null;
    }

    private static boolean isFramework(IFile file) {
        return file != null && FrameworkResourceFactory.EXTENSION.equals(file.getFileExtension());
    }
}
