package org.framewright.ui.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartSite;

/**
 * The editing context menu of a model tree: <i>New Child</i> and <i>New Sibling</i> (from the item providers'
 * new-child descriptors, see {@link CreateChildAction}), <i>Copy</i>, <i>Paste</i> and <i>Delete</i>. Used by the framework editor's trees and
 * the model explorer, so that every tree offers the same edits on the shared command stack.
 */
public final class EditingMenus {

    private EditingMenus() {
    }

    /** The id of the model explorer's context menu, for {@code popup:} menu contributions in plugin.xml. */
    public static final String EXPLORER_MENU_ID = "org.framewright.ui.explorer";

    /** The id of the framework editor trees' context menu, for {@code popup:} menu contributions in plugin.xml. */
    public static final String EDITOR_TREE_MENU_ID = "org.framewright.ui.editor.framework.tree";

    /**
     * Gives {@code viewer} the editing context menu; {@code edits} are the part's Copy, Paste and Delete actions
     * (see {@link EditActions#all()}). The menu is registered
     * with {@code site} under {@code menuId}, so that any bundle contributes to it in its plugin.xml
     * ({@code popup:<menuId>?after=additions}) and sees the viewer's selection; the workbench adds the object
     * contributions of {@code popup:org.eclipse.ui.popup.any} to it too.
     */
    public static MenuManager hook(StructuredViewer viewer, List<IAction> edits, IWorkbenchPartSite site,
            String menuId) {
        MenuManager menu = new MenuManager("#PopUp", menuId);
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> fill(manager, viewer, edits));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        viewer.getControl().addDisposeListener(event -> menu.dispose());
        site.registerContextMenu(menuId, menu, viewer);
        return menu;
    }

    private static void fill(IMenuManager manager, StructuredViewer viewer, List<IAction> edits) {
        IStructuredSelection selection = viewer.getStructuredSelection();
        Consumer<Collection<?>> reveal = created -> viewer.setSelection(new StructuredSelection(created.toArray()), true);
        manager.add(submenu("New &Child", newChildActions(selection, reveal)));
        manager.add(submenu("New &Sibling", newSiblingActions(selection, reveal)));
        manager.add(new Separator());
        edits.forEach(manager::add);
        manager.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** The New Child actions for a selection of one model element of an open document (else none). */
    public static List<CreateChildAction> newChildActions(IStructuredSelection selection,
            Consumer<Collection<?>> reveal) {
        EObject owner = single(selection);
        return actions(owner, owner, reveal);
    }

    /** The New Sibling actions (children of the selected element's container) for a one-element selection. */
    public static List<CreateChildAction> newSiblingActions(IStructuredSelection selection,
            Consumer<Collection<?>> reveal) {
        EObject sibling = single(selection);
        return actions(sibling == null ? null : sibling.eContainer(), sibling, reveal);
    }

    private static List<CreateChildAction> actions(EObject owner, EObject selected, Consumer<Collection<?>> reveal) {
        ModelDocument document = owner == null ? null : ModelDocuments.of(owner);
        if (document == null || owner.eResource() != document.resource()) {
            return List.of();
        }
        List<CreateChildAction> actions = new ArrayList<>();
        List<?> selection = List.of(selected);
        for (Object descriptor : document.domain().getNewChildDescriptors(owner, selected == owner ? null : selected)) {
            actions.add(new CreateChildAction(document, owner, descriptor, selection, reveal));
        }
        return actions;
    }

    private static EObject single(IStructuredSelection selection) {
        return selection != null && selection.size() == 1 && selection.getFirstElement() instanceof EObject element
            ? element : null;
    }

    private static MenuManager submenu(String text, List<CreateChildAction> actions) {
        MenuManager submenu = new MenuManager(text);
        actions.forEach(submenu::add);
        return submenu;
    }
}
