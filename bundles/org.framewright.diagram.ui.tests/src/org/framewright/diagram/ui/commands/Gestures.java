package org.framewright.diagram.ui.commands;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framewright.testing.ui.Workbenches;

/**
 * What a person does with the workbench's widgets, done through the real widgets: open a (context) menu and pick an
 * item by its label, double-click a tree item, wait while the UI works, take a screenshot.
 */
final class Gestures {

    private Gestures() {
    }

    static IWorkbenchPage page() {
        return Workbenches.page();
    }

    static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    /** Shows {@code menu} as SWT does before it pops up (the menu managers fill it) and returns its items. */
    static List<MenuItem> show(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        processEvents(50);
        return Arrays.asList(menu.getItems());
    }

    /** The visible labels of {@code items}, without mnemonics and key hints. */
    static List<String> labels(List<MenuItem> items) {
        return items.stream().filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0).map(i -> label(i.getText())).toList();
    }

    /** The item of the shown {@code menu} labelled {@code label}; fails naming the labels there are. */
    static MenuItem item(Menu menu, String label) {
        List<MenuItem> items = show(menu);
        return items.stream().filter(i -> label(i.getText()).equals(label)).findFirst().orElseThrow(
            () -> new AssertionError("no menu item '" + label + "' among " + labels(items)));
    }

    /** Follows {@code path} of labels from {@code menu} through submenus and picks the last item. */
    static void pick(Menu menu, String... path) {
        Menu at = menu;
        for (int i = 0; i < path.length - 1; i++) {
            at = item(at, path[i]).getMenu();
        }
        MenuItem item = item(at, path[path.length - 1]);
        if (!item.isEnabled()) {
            throw new AssertionError("menu item '" + String.join(" > ", path) + "' is disabled");
        }
        item.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        processEvents(100);
    }

    /** The main menu bar's menu labelled {@code label}. */
    static Menu mainMenu(String label) {
        return Arrays.stream(shell().getMenuBar().getItems()).filter(i -> label(i.getText()).equals(label))
            .findFirst().orElseThrow(() -> new AssertionError("no main menu '" + label + "'")).getMenu();
    }

    /** Selects {@code item} and double-clicks it (the tree's default selection, as GTK reports a double-click). */
    static void doubleClick(TreeItem item) {
        Tree tree = item.getParent();
        tree.setSelection(item);
        Event select = new Event();
        select.item = item;
        tree.notifyListeners(SWT.Selection, select);
        Event open = new Event();
        open.item = item;
        tree.notifyListeners(SWT.DefaultSelection, open);
        processEvents(100);
    }

    /** The child of {@code parent} labelled {@code label}, expanding {@code parent} as a click on its arrow does. */
    static TreeItem child(TreeItem parent, String label) {
        expand(parent);
        return Arrays.stream(parent.getItems()).filter(i -> i.getText().equals(label)).findFirst().orElseThrow(
            () -> new AssertionError("no '" + label + "' under '" + parent.getText() + "' among "
                + Arrays.stream(parent.getItems()).map(TreeItem::getText).toList()));
    }

    /** The top-level item of {@code tree} labelled {@code label}. */
    static TreeItem top(Tree tree, String label) {
        return Arrays.stream(tree.getItems()).filter(i -> i.getText().equals(label)).findFirst()
            .orElseThrow(() -> new AssertionError("no '" + label + "' in the tree"));
    }

    static void expand(TreeItem item) {
        Event expand = new Event();
        expand.item = item;
        item.getParent().notifyListeners(SWT.Expand, expand);
        item.setExpanded(true);
        processEvents(50);
    }

    static String label(String text) {
        String withoutKey = text.contains("\t") ? text.substring(0, text.indexOf('\t')) : text;
        return withoutKey.replace("&", "");
    }

    /**
     * Runs {@code gesture}, which opens dialogs, and answers each as {@code answer} says (a person typing and pressing
     * a button); returns the dialogs' titles in the order they came.
     */
    static List<String> answering(Runnable gesture, Consumer<Shell> answer) {
        Display display = Display.getCurrent();
        Shell main = shell();
        List<String> titles = new ArrayList<>();
        List<Shell> answered = new ArrayList<>();
        Runnable[] watcher = new Runnable[1];
        watcher[0] = () -> {
            for (Shell dialog : display.getShells()) {
                if (dialog != main && dialog.isVisible() && !answered.contains(dialog)) {
                    answered.add(dialog);
                    titles.add(dialog.getText());
                    answer.accept(dialog);
                    break;
                }
            }
            display.timerExec(200, watcher[0]);
        };
        display.timerExec(200, watcher[0]);
        try {
            gesture.run();
            processEvents(300);
        } finally {
            display.timerExec(-1, watcher[0]);
        }
        return titles;
    }

    /** Presses the button labelled {@code label} in {@code dialog}. */
    static void press(Shell dialog, String label) {
        Button button = findAll(dialog, Button.class).stream().filter(b -> label(b.getText()).equals(label))
            .findFirst().orElseThrow(() -> new AssertionError("no button '" + label + "' in '" + dialog.getText()
                + "': " + findAll(dialog, Button.class).stream().map(Button::getText).toList()));
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** The first control of {@code type} in {@code root} (itself included), breadth first; fails if there is none. */
    static <T extends Control> T find(Control root, Class<T> type) {
        List<T> found = findAll(root, type);
        if (found.isEmpty()) {
            throw new AssertionError("no " + type.getSimpleName() + " in " + root);
        }
        return found.get(0);
    }

    /** Every control of {@code type} in {@code root} (itself included), breadth first. */
    static <T extends Control> List<T> findAll(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        Deque<Control> controls = new ArrayDeque<>(List.of(root));
        while (!controls.isEmpty()) {
            Control control = controls.poll();
            if (type.isInstance(control)) {
                found.add(type.cast(control));
            }
            if (control instanceof Composite composite) {
                controls.addAll(List.of(composite.getChildren()));
            }
        }
        return found;
    }

    static void processEvents(long millis) {
        Workbenches.processEvents(millis);
    }

    static void waitFor(BooleanSupplier condition, long timeoutMillis, Supplier<String> failure) {
        Workbenches.waitFor(condition, timeoutMillis, failure);
    }

    /** Saves the workbench window as target/screenshots/{@code name}. */
    static Path screenshot(String name) throws Exception {
        return Workbenches.captureScreen(shell(), name);
    }
}
