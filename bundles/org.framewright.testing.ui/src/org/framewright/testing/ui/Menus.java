package org.framewright.testing.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Hyperlink;

/**
 * Acting on menus and links as a person does: a menu is opened (SWT.Show, which is when the workbench fills it
 * with contributions), its item found by the label the user reads, and selected.
 */
public final class Menus {

    private Menus() {
    }

    /** Selects the item at {@code path} of the workbench window's menu bar, e.g. {@code "Help", "Contents"}. */
    public static void select(String... path) {
        MenuItem item = find(path);
        item.notifyListeners(SWT.Selection, new Event());
        Workbenches.processEvents();
    }

    /** The item at {@code path} of the menu bar (each menu on the way opened as a person would open it). */
    public static MenuItem find(String... path) {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Menu menu = shell.getMenuBar();
        MenuItem item = null;
        for (String label : path) {
            item = item(menu, label);
            menu = item.getMenu();
        }
        return item;
    }

    /** The labels of the menu at {@code path} (the menu opened), as the user reads them. */
    public static List<String> labels(String... path) {
        Menu menu = find(path).getMenu();
        open(menu);
        List<String> labels = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                labels.add(label(item));
            }
        }
        return labels;
    }

    /** The item of {@code menu} labelled {@code label} after the menu was opened; fails listing what is there. */
    public static MenuItem item(Menu menu, String label) {
        open(menu);
        List<String> seen = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if (label(item).equals(label)) {
                return item;
            }
            seen.add(label(item));
        }
        throw new AssertionError("No menu item '" + label + "' in " + seen);
    }

    /** Clicks the hyperlink labelled {@code text} below {@code parent} (mouse button 1 pressed and released on it). */
    public static void clickLink(Control parent, String text) {
        Hyperlink link = Controls.find(parent, Hyperlink.class, l -> text.equals(l.getText()));
        Event down = new Event();
        down.button = 1;
        down.x = 2;
        down.y = 2;
        link.notifyListeners(SWT.MouseDown, down);
        Event up = new Event();
        up.button = 1;
        up.x = 2;
        up.y = 2;
        link.notifyListeners(SWT.MouseUp, up);
        Workbenches.processEvents();
    }

    private static void open(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        Workbenches.processEvents();
    }

    /** The item's text without mnemonic and accelerator, as shown. */
    private static String label(MenuItem item) {
        String text = item.getText();
        int tab = text.indexOf('\t');
        return (tab < 0 ? text : text.substring(0, tab)).replace("&", "");
    }
}
