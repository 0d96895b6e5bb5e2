package org.framewright.testing.ui;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;

/**
 * What a person does with widgets, sent as the widgets' own events (so the views' listeners run as they would for
 * a click): choose a combo entry by its text, click a button or checkbox, select a table row by a cell's text,
 * expand and select tree rows found by their label.
 */
public final class Person {

    private Person() {
    }

    /** Chooses the entry of {@code combo} that reads {@code text}; fails when there is none. */
    public static void choose(Combo combo, String text) {
        int index = Arrays.asList(combo.getItems()).indexOf(text);
        if (index < 0) {
            throw new AssertionError("no '" + text + "' in " + Arrays.toString(combo.getItems()));
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        Workbenches.processEvents();
    }

    /** Clicks a push button, or toggles a checkbox as a click does. */
    public static void click(Button button) {
        if ((button.getStyle() & (SWT.CHECK | SWT.RADIO | SWT.TOGGLE)) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new Event());
        Workbenches.processEvents();
    }

    /** Selects the row of {@code table} whose {@code column} reads {@code text}. */
    public static TableItem select(Table table, int column, String text) {
        for (TableItem item : table.getItems()) {
            if (item.getText(column).equals(text)) {
                table.setSelection(item);
                Event event = new Event();
                event.item = item;
                table.notifyListeners(SWT.Selection, event);
                Workbenches.processEvents();
                return item;
            }
        }
        throw new AssertionError("no row reads '" + text + "' in column " + column);
    }

    /** The visible child of {@code parent} (a tree or a tree item) whose first column starts with {@code label}. */
    public static TreeItem row(Object parent, String label) {
        TreeItem[] items = parent instanceof Tree tree ? tree.getItems() : ((TreeItem) parent).getItems();
        for (TreeItem item : items) {
            if (item.getText(0).startsWith(label)) {
                return item;
            }
        }
        throw new AssertionError("no row '" + label + "' among "
            + Arrays.stream(items).map(i -> i.getText(0)).toList());
    }

    /** Expands a tree row as a click on its twistie does (the viewer creates the children on SWT.Expand). */
    public static void expand(TreeItem item) {
        Event event = new Event();
        event.item = item;
        item.getParent().notifyListeners(SWT.Expand, event);
        item.setExpanded(true);
        Workbenches.processEvents();
    }

    /** Maximises or restores a view as a double-click on its tab does. */
    public static void toggleMaximised(IViewPart view) {
        IWorkbenchPage page = view.getSite().getPage();
        page.toggleZoom(page.getReference(view));
        Workbenches.processEvents();
    }

    /** Selects a tree row as a click on it does. */
    public static void select(TreeItem item) {
        item.getParent().setSelection(item);
        Event event = new Event();
        event.item = item;
        item.getParent().notifyListeners(SWT.Selection, event);
        Workbenches.processEvents();
    }
}
