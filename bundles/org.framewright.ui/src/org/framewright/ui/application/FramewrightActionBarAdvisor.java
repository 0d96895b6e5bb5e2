package org.framewright.ui.application;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * File, Edit, Window and Help menus. Undo and Redo are the workbench's retargetable actions: the active
 * Framewright editor (or view) supplies the handlers that undo and redo its document's command stack.
 */
final class FramewrightActionBarAdvisor extends ActionBarAdvisor {

    private IAction save;
    private IAction saveAll;
    private IAction close;
    private IAction quit;
    private IAction undo;
    private IAction redo;
    private IAction delete;
    private IAction copy;
    private IAction paste;
    private IAction resetPerspective;
    private IAction preferences;
    private IAction about;
    private IAction newWizard;
    private IAction importWizard;

    FramewrightActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        newWizard = add(ActionFactory.NEW.create(window));
        importWizard = add(ActionFactory.IMPORT.create(window));
        save = add(ActionFactory.SAVE.create(window));
        saveAll = add(ActionFactory.SAVE_ALL.create(window));
        close = add(ActionFactory.CLOSE.create(window));
        quit = add(ActionFactory.QUIT.create(window));
        undo = add(ActionFactory.UNDO.create(window));
        redo = add(ActionFactory.REDO.create(window));
        delete = add(ActionFactory.DELETE.create(window));
        copy = add(ActionFactory.COPY.create(window));
        paste = add(ActionFactory.PASTE.create(window));
        resetPerspective = add(ActionFactory.RESET_PERSPECTIVE.create(window));
        preferences = add(ActionFactory.PREFERENCES.create(window));
        about = add(ActionFactory.ABOUT.create(window));
    }

    private IAction add(IAction action) {
        register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(newWizard);
        file.add(importWizard);
        file.add(new Separator());
        file.add(save);
        file.add(saveAll);
        file.add(close);
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);
        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        edit.add(new Separator());
        edit.add(copy);
        edit.add(paste);
        edit.add(delete);
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
        window.add(showView);
        window.add(resetPerspective);
        window.add(new Separator());
        window.add(preferences);
        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        // p2 (issue 14) contributes Install New Software... and Check for Updates after "additions"
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new Separator());
        help.add(about);
        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(window);
        menuBar.add(help);
    }

    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        ToolBarManager tools = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        tools.add(newWizard);
        tools.add(save);
        tools.add(new Separator());
        tools.add(undo);
        tools.add(redo);
        coolBar.add(new ToolBarContributionItem(tools, "org.framewright.ui.toolbar.main"));
    }
}
