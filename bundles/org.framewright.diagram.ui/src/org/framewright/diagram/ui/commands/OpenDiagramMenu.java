package org.framewright.diagram.ui.commands;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.framewright.diagram.ui.editor.DiagramEditor;
import org.framewright.ui.commands.SelectionMenuContribution;
import org.framewright.ui.diagrams.DiagramReference;
import org.framewright.ui.diagrams.OpenDiagramCommand;

/**
 * The Open Diagram entries of a context menu: for a framework file, an <i>Open Diagram</i> submenu with each of its
 * diagrams; for a logic model, an area with a logic model or the framework (in a form editor's tree: nothing
 * selected), one <i>Open Diagram</i> item. Each runs the {@link OpenDiagramCommand} with the diagram as its
 * parameters.
 */
public final class OpenDiagramMenu extends SelectionMenuContribution {

    /** The label of the submenu and of the single item. */
    public static final String LABEL = "Open Diagram";

    @Override
    protected IContributionItem[] getContributionItems() {
        Object element = selectedElement();
        IFile file = DiagramSelections.frameworkFile(element);
        if (file != null) {
            MenuManager submenu = new MenuManager(LABEL, OpenDiagramCommand.ID + ".menu");
            diagramsOf(file).forEach(diagram -> submenu.add(item(diagram, diagram.label())));
            return new IContributionItem[] {submenu};
        }
        DiagramReference diagram = nothingSelected() ? editorsStructure() : DiagramReference.ofElement(element);
        return diagram == null ? new IContributionItem[0] : new IContributionItem[] {item(diagram, LABEL)};
    }

    /**
     * Nothing selected in a form editor's tree: the framework itself, i.e. the structure diagram of the editor's file
     * (the form trees show the framework's content, not the framework).
     */
    private DiagramReference editorsStructure() {
        IWorkbenchWindow window = locator().getService(IWorkbenchWindow.class);
        IWorkbenchPart part = window == null || window.getActivePage() == null ? null
            : window.getActivePage().getActivePart();
        return part instanceof IEditorPart editor && !(editor instanceof DiagramEditor)
            && editor.getEditorInput() instanceof IFileEditorInput input ? DiagramSelections.diagramOf(input.getFile())
            : null;
    }

    private static List<DiagramReference> diagramsOf(IFile file) {
        try {
            return DiagramSelections.diagramsOf(file);
        } catch (CoreException e) {
            ILog.of(OpenDiagramMenu.class).log(e.getStatus());
            return List.of();
        }
    }

    private IContributionItem item(DiagramReference diagram, String label) {
        CommandContributionItemParameter parameter = new CommandContributionItemParameter(locator(), null,
            OpenDiagramCommand.ID, CommandContributionItem.STYLE_PUSH);
        parameter.label = label;
        parameter.icon = diagram.contributedIcon();
        parameter.parameters = OpenDiagramCommand.parameters(diagram);
        return new CommandContributionItem(parameter);
    }
}
