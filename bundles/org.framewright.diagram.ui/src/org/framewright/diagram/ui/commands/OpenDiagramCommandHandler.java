package org.framewright.diagram.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.diagram.ui.editor.DiagramEditor;
import org.framewright.diagram.ui.editor.DiagramEditorInput;
import org.framewright.ui.diagrams.DiagramReference;
import org.framewright.ui.diagrams.OpenDiagramCommand;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.editing.ModelDocuments;

/**
 * Open Diagram ({@link OpenDiagramCommand#ID}): opens (or activates) the diagram named by the command's parameters
 * (file, diagram type and optional element, e.g. a logic model); without them, the diagram of the selection (a framework file's structure, a
 * logic model's, an area's logic model's) or else the structure of the active editor's file.
 */
public final class OpenDiagramCommandHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        DiagramReference diagram = requested(event);
        if (diagram == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Open Diagram",
                "Select a framework file, a logic model or an area with a logic model, then open its diagram.");
            return null;
        }
        ModelDocument document;
        try {
            document = ModelDocuments.acquire(diagram.file());
        } catch (CoreException e) {
            throw new ExecutionException(diagram.file().getFullPath() + ": cannot read the framework", e);
        }
        try {
            // match the editor id too: a FileEditorInput (the form editor's) equals any input of the same file
            return HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().openEditor(
                new DiagramEditorInput(diagram.file(), diagram.diagramType(), diagram.elementId(),
                    title(diagram, document)),
                DiagramEditor.ID, true, IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
        } catch (PartInitException e) {
            throw new ExecutionException(diagram.file().getFullPath() + ": cannot open the diagram '"
                + diagram.label() + "'", e);
        } finally {
            document.release();
        }
    }

    private static DiagramReference requested(ExecutionEvent event) {
        String file = event.getParameter(OpenDiagramCommand.FILE);
        if (file != null) {
            String element = event.getParameter(OpenDiagramCommand.LOGIC_MODEL);
            String type = event.getParameter(OpenDiagramCommand.DIAGRAM_TYPE);
            return type == null ? new DiagramReference(OpenDiagramCommand.file(file), element, element)
                : new DiagramReference(OpenDiagramCommand.file(file), type, element, element);
        }
        DiagramReference selected = DiagramSelections.diagramOf(
            DiagramSelections.single(HandlerUtil.getCurrentSelection(event)));
        if (selected != null) {
            return selected;
        }
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        return editor != null && !(editor instanceof DiagramEditor)
            && editor.getEditorInput() instanceof IFileEditorInput input
            ? DiagramSelections.diagramOf(input.getFile()) : null;
    }

    /**
     * The editor's title: the logic model's name (as drill-down names it); for the structure the file's name with
     * "(structure)", so that its tab differs from the form editor's. The document is held meanwhile, so that the
     * editor finds it loaded.
     */
    private static String title(DiagramReference diagram, ModelDocument document) throws ExecutionException {
        if (diagram.isStructure() && diagram.elementId() == null) {
            return structureTitle(diagram.file());
        }
        String label = DiagramReference.of(diagram.file(), document.framework()).stream()
            .filter(d -> d.diagramType().equals(diagram.diagramType())
                && java.util.Objects.equals(d.elementId(), diagram.elementId()))
            .map(DiagramReference::label).findFirst()
            .orElseThrow(() -> new ExecutionException(diagram.file().getFullPath() + " has no diagram '"
                + diagram.diagramType() + "'" + (diagram.elementId() == null ? "" : " of '" + diagram.elementId()
                    + "'") + " (is the plugin that contributes it installed?)"));
        // a diagram of the whole framework is named after the file, as the structure's
        return diagram.elementId() == null ? baseName(diagram.file()) + " (" + label + ")" : label;
    }

    private static String baseName(IFile file) {
        return file.getName().replaceFirst("\\.framework$", "");
    }

    /** The structure diagram's tab title of {@code file}: {@code csci-2006 (structure)}. */
    public static String structureTitle(IFile file) {
        return baseName(file) + " (structure)";
    }
}
