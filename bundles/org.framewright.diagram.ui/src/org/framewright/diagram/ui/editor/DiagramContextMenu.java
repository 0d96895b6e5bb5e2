package org.framewright.diagram.ui.editor;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.framewright.diagram.server.structure.CreateLogicModel;
import org.framewright.diagram.server.structure.DrillDown;
import org.framewright.diagram.server.structure.StructureTypes;
import org.framewright.model.Area;
import org.framewright.model.LogicModel;
import org.framewright.ui.editing.ModelClipboard;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.explorer.ModelExplorerView;

/**
 * The diagram's context menu (an SWT menu on the browser, registered with the editor's site so that other bundles
 * contribute to it): for the right-clicked node, "Open Logic Model" (drill-down) or, on an area without one,
 * "Create Logic Model", "Collapse" / "Expand" on an area with children, "Rename" (F2), "Copy", "Paste", "Delete" and "Show In" &gt; Form / Model Explorer. The web client selects the node under the pointer on right-click
 * and reports it through {@code fwContextElement()}.
 */
final class DiagramContextMenu {

    /** The id of the menu, for contributions ({@code popup:org.framewright.diagram.ui.editor.context}). */
    static final String ID = DiagramEditor.ID + ".context";

    private final DiagramEditor editor;

    DiagramContextMenu(DiagramEditor editor) {
        this.editor = editor;
    }

    void install(Browser browser) {
        MenuManager manager = new MenuManager("#DiagramContext", ID);
        manager.setRemoveAllWhenShown(true);
        manager.addMenuListener(menu -> {
            String id = contextElementId(browser);
            fill(menu, id, id == null ? null : editor.element(id));
        });
        Menu menu = manager.createContextMenu(browser);
        browser.setMenu(menu);
        editor.getSite().registerContextMenu(ID, manager, editor.getSite().getSelectionProvider());
    }

    private static String contextElementId(Browser browser) {
        Object id = browser.isDisposed() ? null : browser.evaluate(
                "return typeof fwContextElement === 'function' ? fwContextElement() : '';");
        return id instanceof String text && !text.isEmpty() ? text : null;
    }

    private void fill(IMenuManager menu, String id, EObject element) {
        DrillDown.logicModelOf(element).ifPresent(logicModel -> menu.add(action("Open Logic Model",
                () -> editor.openLogicModel(logicModel.getId()))));
        if (element instanceof Area area && area.getLogicModel() == null) {
            menu.add(action("Create Logic Model", () -> createLogicModel(area)));
        }
        String collapse = id == null ? "" : editor.collapseState(id);
        if (StructureTypes.EXPANDED.equals(collapse) || StructureTypes.COLLAPSED.equals(collapse)) {
            boolean expanded = StructureTypes.EXPANDED.equals(collapse);
            menu.add(action(expanded ? "Collapse" : "Expand", () -> editor.collapse(List.of(id), expanded)));
        }
        if (element != null) {
            menu.add(action("Rename\tF2", editor::editLabel));
            menu.add(action("Copy\tCtrl+C", () -> editor.editing().copy()));
        }
        if (!ModelClipboard.isEmpty()) {
            menu.add(action("Paste\tCtrl+V", () -> editor.editing().paste()));
        }
        if (element != null) {
            // asks first when something else refers to it; the server removes what would dangle (e.g. its links)
            menu.add(action("Delete", () -> editor.editing().delete()));
        }
        if (element != null) {
            MenuManager showIn = new MenuManager("Show In", ID + ".showIn");
            showIn.add(action("Form", () -> showInForm(element)));
            showIn.add(action("Model Explorer", this::showInExplorer));
            menu.add(new Separator());
            menu.add(showIn);
        }
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** Opens the file's form editor on {@code element} (never this diagram, although its input is the same file). */
    private void showInForm(EObject element) {
        FrameworkEditor.open(editor.getSite().getPage(), editor.file(), element);
    }

    /** Shows the Model Explorer with the diagram's file selected. */
    private void showInExplorer() {
        try {
            IViewPart explorer = editor.getSite().getPage().showView(ModelExplorerView.ID);
            ISelectionProvider provider = explorer.getSite().getSelectionProvider();
            if (provider instanceof Viewer viewer) {
                viewer.setSelection(new StructuredSelection(editor.file()), true);
            } else if (provider != null) {
                provider.setSelection(new StructuredSelection(editor.file()));
            }
        } catch (PartInitException e) {
            ErrorDialog.openError(editor.getSite().getShell(), "Show In", null, e.getStatus());
        }
    }

    /** Gives {@code area} a logic model (one undoable command) and opens its diagram. */
    private void createLogicModel(Area area) {
        Command command = CreateLogicModel.command(editor.document().domain(), area);
        if (command != null) {
            editor.document().commandStack().execute(command);
            LogicModel created = area.getLogicModel();
            if (created != null) {
                editor.openLogicModel(created.getId());
            }
        }
    }

    private static Action action(String label, Runnable run) {
        return new Action(label) {
            @Override
            public void run() {
                run.run();
            }
        };
    }
}
