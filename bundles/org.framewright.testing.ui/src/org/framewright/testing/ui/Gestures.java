package org.framewright.testing.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.framewright.ui.explorer.ModelExplorerView;

/** What a person does with the workbench, done to the real widgets: keys, clicks, typing, answering dialogs. */
public final class Gestures {

    private Gestures() {
    }

    /**
     * Presses {@code keys} (e.g. {@code "M1+Z"}, Ctrl+Z) as the workbench would: the binding service finds the
     * command bound to them in the active contexts and the handler service runs it on the active part's handler.
     */
    public static void press(String keys) throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IBindingService bindings = window.getService(IBindingService.class);
        Binding binding = bindings.getPerfectMatch(KeySequence.getInstance(keys));
        if (binding == null) {
            throw new AssertionError("nothing is bound to " + keys);
        }
        window.getService(IHandlerService.class).executeCommand(binding.getParameterizedCommand(), null);
        Workbenches.processEvents();
    }

    /**
     * Opens {@code file} as a person does: shows the Model Explorer, selects the file there and double-clicks it.
     * Returns the editor that became active.
     */
    public static IEditorPart doubleClickInExplorer(IFile file) throws Exception {
        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        TreeViewer viewer = explorer.viewer();
        viewer.reveal(file);
        viewer.setSelection(new StructuredSelection(file), true);
        Tree tree = viewer.getTree();
        Event doubleClick = new Event();
        doubleClick.item = tree.getSelection()[0];
        tree.notifyListeners(SWT.DefaultSelection, doubleClick);
        Workbenches.processEvents();
        return Workbenches.page().getActiveEditor();
    }

    /** Clicks the page tab labelled {@code label} of a multi-page editor (the tabs along its bottom). */
    public static void clickTab(IEditorPart editor, String label) {
        Control root = editor.getSite().getShell();
        CTabFolder folder = find(root, CTabFolder.class, f -> java.util.Arrays.stream(f.getItems())
            .anyMatch(i -> label.equals(i.getText())) && (f.getStyle() & SWT.BOTTOM) != 0);
        CTabItem tab = java.util.Arrays.stream(folder.getItems()).filter(i -> label.equals(i.getText())).findFirst()
            .orElseThrow();
        folder.setSelection(tab);
        Event click = new Event();
        click.item = tab;
        folder.notifyListeners(SWT.Selection, click);
        Workbenches.processEvents();
    }

    /** Clicks {@code item} of its tree (selects it as a person's click does, telling the tree's listeners). */
    public static void click(TreeItem item) {
        Tree tree = item.getParent();
        tree.setFocus();
        tree.setSelection(item);
        Event click = new Event();
        click.item = item;
        tree.notifyListeners(SWT.Selection, click);
        Workbenches.processEvents();
    }

    /** The first control under {@code root} of {@code type} that {@code test} accepts. */
    public static <T extends Control> T find(Control root, Class<T> type, Predicate<T> test) {
        List<T> found = new ArrayList<>();
        collect(root, type, test, found);
        if (found.isEmpty()) {
            throw new AssertionError("no " + type.getSimpleName() + " found under " + root);
        }
        return found.get(0);
    }

    private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> test, List<T> found) {
        if (type.isInstance(control) && control.isVisible() && test.test(type.cast(control))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, test, found);
            }
        }
    }

    /** A table whose column headers are {@code headers} (in order, at the start). */
    public static Predicate<Table> withColumns(String... headers) {
        return table -> {
            if (table.getColumnCount() < headers.length) {
                return false;
            }
            for (int i = 0; i < headers.length; i++) {
                if (!headers[i].equals(table.getColumn(i).getText())) {
                    return false;
                }
            }
            return true;
        };
    }

    /** Clicks the cell {@code column} of {@code item} (a mouse-down at its centre, as a person clicks it). */
    public static void click(TableItem item, int column) {
        Table table = item.getParent();
        Rectangle cell = item.getBounds(column);
        table.setFocus();
        Event down = new Event();
        down.x = cell.x + cell.width / 2;
        down.y = cell.y + cell.height / 2;
        down.button = 1;
        table.notifyListeners(SWT.MouseDown, down);
        Event up = new Event();
        up.x = down.x;
        up.y = down.y;
        up.button = 1;
        table.notifyListeners(SWT.MouseUp, up);
        Workbenches.processEvents();
    }

    /** Selects {@code item} of its table as a person's click does (the table's selection listeners are told). */
    public static void select(TableItem item) {
        Table table = item.getParent();
        table.setFocus();
        table.setSelection(item);
        Event click = new Event();
        click.item = item;
        table.notifyListeners(SWT.Selection, click);
        Workbenches.processEvents();
    }

    /** Types {@code text} into the cell editor open in {@code table} and presses Enter. */
    public static void typeIntoCellEditor(Table table, String text) {
        Text editor = find(table, Text.class, t -> !t.isDisposed());
        editor.setFocus();
        editor.selectAll();
        editor.insert(text);
        editor.notifyListeners(SWT.DefaultSelection, new Event());
        Workbenches.processEvents();
    }

    /** Shows {@code menu} (as a right click does) and selects its item labelled {@code label} (mnemonics ignored). */
    public static void choose(Menu menu, String label) {
        menu.notifyListeners(SWT.Show, new Event());
        Workbenches.processEvents();
        for (MenuItem item : menu.getItems()) {
            if (label.equals(item.getText().replace("&", "").replaceAll("\t.*", ""))) {
                if (!item.isEnabled()) {
                    throw new AssertionError("the menu item " + label + " is disabled");
                }
                item.notifyListeners(SWT.Selection, new Event());
                menu.notifyListeners(SWT.Hide, new Event());
                Workbenches.processEvents();
                return;
            }
        }
        throw new AssertionError("no menu item " + label);
    }

    /** A dialog answered by {@link #answer}: its texts, once it was open. */
    public static final class Answer {
        private volatile String text;

        /** The dialog's labels, joined by new lines; fails if no such dialog opened. */
        public String text() {
            if (text == null) {
                throw new AssertionError("the dialog did not open");
            }
            return text;
        }
    }

    /**
     * Arranges that the next dialog titled {@code title} that opens (within 20 s) is answered by pressing its button
     * {@code button}, after its texts are kept and a screenshot is saved as {@code screenshot} under
     * target/screenshots/. Call before the action that opens it (a modal dialog blocks the caller until answered).
     */
    public static Answer answer(String title, String button, String screenshot) {
        Display display = Display.getCurrent();
        Answer answer = new Answer();
        long until = System.currentTimeMillis() + 20_000;
        Runnable poll = new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (title.equals(shell.getText()) && shell.isVisible()) {
                        List<Label> labels = new ArrayList<>();
                        collect(shell, Label.class, l -> !l.getText().isEmpty(), labels);
                        answer.text = String.join("\n", labels.stream().map(Label::getText).toList());
                        capture(shell, screenshot);
                        find(shell, Button.class, b -> button.equals(b.getText().replace("&", "")))
                            .notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
                if (System.currentTimeMillis() < until) {
                    display.timerExec(50, this);
                }
            }
        };
        display.timerExec(50, poll);
        return answer;
    }

    /** Saves a picture of {@code shell} (a dialog) as {@code name} under target/screenshots/. */
    public static void capture(Shell shell, String name) {
        Display display = shell.getDisplay();
        while (display.readAndDispatch()) {
            // paint it first
        }
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(image);
        try {
            shell.print(gc);
            Workbenches.savePng(image, name);
        } catch (java.io.IOException e) {
            throw new AssertionError("cannot save " + name, e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
