package org.framewright.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.part.FileEditorInput;
import org.framewright.testing.ui.Workbenches;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

/**
 * What the diagram journeys share: a fresh sample in the workspace, waiting for the web client, mouse events sent to
 * the real SVG elements of the diagram (the DOM element under the point, as a pointer would hit it), the SWT context
 * menu run by its labels, and screenshots of the end state under target/screenshots/.
 */
final class DiagramWorkbench {

    static final String OPTION_TWO = "adass-2020-option-two.framework";

    /** A node's top-left corner in diagram coordinates. */
    record Point(double x, double y) {
    }

    /** What the last click hit (for failure messages). */
    static String lastClick = "";

    private DiagramWorkbench() {
    }

    static IWorkbenchPage page() {
        return Workbenches.page();
    }

    /** A maximised workbench window of a fixed size, so screenshots and fits are comparable. */
    static Shell maximise(IEditorPart editor) {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1280, 860);
        page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        return shell;
    }

    /** The sample {@code fileName} as shipped, without a layout file. */
    static IFile freshSample(String fileName) throws Exception {
        return Workbenches.freshSampleWithoutLayout(fileName);
    }

    /**
     * The structure diagram of {@code file}, opened as "Open With > Framework Diagram" does (reaching diagrams from
     * the explorer is tested with the explorer's menus), shown and ready.
     */
    static DiagramEditor openStructure(IFile file) throws Exception {
        DiagramEditor editor = (DiagramEditor) page().openEditor(new FileEditorInput(file), DiagramEditor.ID);
        maximise(editor);
        waitUntilReady(editor);
        return editor;
    }

    /** Area 1's logic model, reached as a person does: double-click on area 1 in the structure diagram. */
    static DiagramEditor logicModelOfArea1() throws Exception {
        return logicModelOfArea1(freshSample(OPTION_TWO));
    }

    /** Area 1's logic model of ADASS Option Two in {@code file} (as it is, layout file included), by drill-down. */
    static DiagramEditor logicModelOfArea1(IFile file) throws Exception {
        DiagramEditor structure = openStructure(file);
        showAtFullSize(structure, "CA1");
        click(structure, "CA1", true, 0, 2);
        waitFor(() -> page().getActiveEditor() instanceof DiagramEditor editor && editor != structure, 30_000,
                () -> "the drill-down opened nothing; clicked "
                        + lastClick);
        DiagramEditor editor = (DiagramEditor) page().getActiveEditor();
        maximise(editor);
        waitUntilReady(editor);
        return editor;
    }

    /**
     * Shows the drawn element {@code id} at 100 % in the middle of the view, as a person zooms in ("100 %" in the
     * diagram's toolbar) and scrolls to it, so that its box is big enough to aim at.
     */
    static void showAtFullSize(DiagramEditor editor, String id) {
        editor.browser().evaluate("document.querySelector('button[data-zoom=\"100\"]').click(); return true;");
        processEvents(300);
        editor.browser().execute("fwDispatch({kind:'center', elementIds:[" + js(id) + "], animate:false,"
                + " retainZoom:true})");
        processEvents(800);
    }

    static void waitUntilReady(DiagramEditor editor) {
        waitFor(() -> "ready".equals(editor.clientStatus()) && nodeCount(editor) > 0, 60_000,
                () -> "the diagram did not render: client status '" + editor.clientStatus() + "'");
        processEvents(300);
    }

    static int nodeCount(DiagramEditor editor) {
        Object count = editor.browser().evaluate("return typeof fwNodeCount === 'function' ? fwNodeCount() : 0;");
        return count instanceof Number n ? n.intValue() : 0;
    }

    /** The diagram positions of the element nodes, by id. */
    static Map<String, Point> positions(DiagramEditor editor) {
        Object json = editor.browser().evaluate("return fwPositions();");
        return new Gson().fromJson(String.valueOf(json), new TypeToken<Map<String, Point>>() { }.getType());
    }

    /** True when the DOM element drawn for GModel element {@code id} exists. */
    static boolean isDrawn(DiagramEditor editor, String id) {
        return Boolean.TRUE.equals(editor.browser().evaluate(
                "return document.getElementById(" + js("sprotty_" + id) + ") !== null;"));
    }

    /**
     * Clicks ({@code clicks} 1 or 2, 2 ending with a dblclick) with {@code button} (0 left, 2 right) on the drawn
     * element {@code id}: at its centre, or {@code corner} true near its bottom-right corner (inside the box, away
     * from its text). The events go to the DOM element under that point, as for a real pointer.
     */
    static void click(DiagramEditor editor, String id, boolean corner, int button, int clicks) {
        editor.browser().setFocus(); // as a pointer click focuses the widget
        Object result = editor.browser().evaluate("""
                var el = document.getElementById(%s);
                if (!el) { return 'no element'; }
                var r = el.getBoundingClientRect();
                var x = %s ? r.right - 8 : r.left + r.width / 2, y = %s ? r.bottom - 6 : r.top + r.height / 2;
                var target = document.elementFromPoint(x, y);
                if (!target) { return 'nothing at ' + x + ',' + y; }
                var button = %d;
                function send(type, detail) {
                  target.dispatchEvent(new MouseEvent(type, {bubbles: true, cancelable: true, view: window, detail: detail,
                      clientX: x, clientY: y, button: button, buttons: type === 'mousedown' ? (button === 2 ? 2 : 1) : 0}));
                }
                send('mouseover', 0); send('mousemove', 0);
                for (var i = 1; i <= %d; i++) {
                  send('mousedown', i); send('mouseup', i);
                  send(button === 2 ? 'contextmenu' : 'click', i);
                }
                if (%d === 2) { send('dblclick', 2); }
                return 'ok ' + target.tagName + '#' + target.id + '.' + target.getAttribute('class') + ' in '
                    + (target.parentElement && target.parentElement.id) + ' at ' + x + ',' + y
                    + ' rect ' + JSON.stringify(r);
                """.formatted(js("sprotty_" + id), corner, corner, button, clicks, clicks));
        if (!String.valueOf(result).startsWith("ok")) {
            throw new AssertionError("cannot click " + id + ": " + result);
        }
        lastClick = String.valueOf(result);
        processEvents(300);
    }

    /**
     * The centre of the drawn element {@code id} (or, {@code corner} true, a point inside its box near the
     * bottom-right corner, away from its text) in the browser widget's coordinates.
     */
    static org.eclipse.swt.graphics.Point pointOf(DiagramEditor editor, String id, boolean corner) {
        Object[] r = (Object[]) editor.browser().evaluate("var r = document.getElementById(" + js("sprotty_" + id)
                + ").getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];");
        double left = ((Number) r[0]).doubleValue(), top = ((Number) r[1]).doubleValue();
        double right = ((Number) r[2]).doubleValue(), bottom = ((Number) r[3]).doubleValue();
        return corner ? new org.eclipse.swt.graphics.Point((int) right - 8, (int) bottom - 6)
                : new org.eclipse.swt.graphics.Point((int) ((left + right) / 2), (int) ((top + bottom) / 2));
    }

    /** Moves the real pointer to {@code at} (in {@code control}'s coordinates) and clicks the left button there. */
    static void pointerClick(org.eclipse.swt.widgets.Control control, org.eclipse.swt.graphics.Point at) {
        org.eclipse.swt.graphics.Point onScreen = control.toDisplay(at);
        postMouse(SWT.MouseMove, onScreen, 0);
        postMouse(SWT.MouseDown, onScreen, 1);
        postMouse(SWT.MouseUp, onScreen, 1);
        processEvents(500);
    }

    /**
     * Drags with the real pointer (X events, as a person's mouse) from {@code from} by ({@code dx}, {@code dy})
     * pixels, in steps, inside {@code control}.
     */
    static void pointerDrag(org.eclipse.swt.widgets.Control control, org.eclipse.swt.graphics.Point from, int dx,
            int dy) {
        pointerDrag(control, from, dx, dy, () -> { });
    }

    /** As {@link #pointerDrag(org.eclipse.swt.widgets.Control, org.eclipse.swt.graphics.Point, int, int)}, running
     *  {@code whileHeld} halfway, the button still down (to look at the diagram during the drag). */
    static void pointerDrag(org.eclipse.swt.widgets.Control control, org.eclipse.swt.graphics.Point from, int dx,
            int dy, Runnable whileHeld) {
        org.eclipse.swt.graphics.Point start = control.toDisplay(from);
        postMouse(SWT.MouseMove, start, 0);
        postMouse(SWT.MouseDown, start, 1);
        int steps = 10;
        for (int i = 1; i <= steps; i++) {
            postMouse(SWT.MouseMove, new org.eclipse.swt.graphics.Point(start.x + dx * i / steps,
                    start.y + dy * i / steps), 0);
            if (i == steps / 2) {
                processEvents(200);
                whileHeld.run();
            }
        }
        postMouse(SWT.MouseUp, new org.eclipse.swt.graphics.Point(start.x + dx, start.y + dy), 1);
        processEvents(500);
    }

    private static void postMouse(int type, org.eclipse.swt.graphics.Point at, int button) {
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.type = type;
        event.x = at.x;
        event.y = at.y;
        event.button = button;
        Display.getCurrent().post(event);
        processEvents(60);
    }

    /** Presses {@code key} (a character or an SWT key code) with Ctrl held, on the real keyboard. */
    static void pressCtrl(int key) {
        keyboardToActiveDiagram();
        postKey(SWT.KeyDown, SWT.CTRL);
        postKey(SWT.KeyDown, key);
        postKey(SWT.KeyUp, key);
        postKey(SWT.KeyUp, SWT.CTRL);
        processEvents(300);
    }

    /**
     * Gives the keyboard to the active diagram editor's page, as a person's click on it does: the window manager
     * activates the window the person clicked, which Xvfb (no window manager) leaves to the test. Without this, keys
     * posted after an earlier test's dialog or shell held the X input focus went to no window at all.
     */
    static void keyboardToActiveDiagram() {
        if (page().getActiveEditor() instanceof DiagramEditor editor) {
            editor.getSite().getShell().forceActive();
            if (!editor.browser().isFocusControl()) {
                editor.browser().setFocus();
            }
            processEvents(100);
        }
    }

    private static void postKey(int type, int key) {
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.type = type;
        if (key < 0x10000 && (key & SWT.KEYCODE_BIT) == 0 && key != SWT.CTRL) {
            event.character = (char) key;
        } else {
            event.keyCode = key;
        }
        Display.getCurrent().post(event);
        processEvents(30);
    }

    /** Picks Edit > {@code label} in the workbench window's menu bar (its label names what it undoes). */
    static void editMenu(String label) {
        Menu bar = page().getWorkbenchWindow().getShell().getMenuBar();
        MenuItem edit = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("Edit"))
                .findFirst().orElseThrow();
        Menu menu = edit.getMenu();
        menu.notifyListeners(SWT.Show, null);
        processEvents(100);
        MenuItem item = Arrays.stream(menu.getItems())
                .filter(i -> i.getText().replace("&", "").replaceAll("\t.*", "").equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no Edit > " + label + " among " + Arrays.stream(menu.getItems())
                        .map(MenuItem::getText).toList()));
        assertTrue(item.isEnabled(), "Edit > " + label + " is enabled");
        item.notifyListeners(SWT.Selection, null);
        menu.notifyListeners(SWT.Hide, null);
        processEvents(300);
    }

    /** Presses and releases {@code keyCode} (e.g. SWT.DEL) on the real keyboard. */
    static void pressKey(int keyCode) {
        keyboardToActiveDiagram();
        for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
            org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
            event.type = type;
            event.keyCode = keyCode;
            Display.getCurrent().post(event);
            processEvents(30);
        }
        processEvents(300);
    }

    /** Runs the command the workbench binds to {@code keys} (e.g. "M1+Z"), as pressing them does. */
    static void runKeyBinding(String keys) throws Exception {
        IBindingService bindings = PlatformUI.getWorkbench()
                .getService(IBindingService.class);
        Binding binding = bindings.getPerfectMatch(
                KeySequence.getInstance(keys));
        if (binding == null) {
            throw new AssertionError("nothing is bound to " + keys);
        }
        PlatformUI.getWorkbench().getService(IHandlerService.class)
                .executeCommand(binding.getParameterizedCommand(), null);
        processEvents(300);
    }

    /**
     * Clicks the palette tool labelled {@code tool}, then an empty spot of the diagram (as a person places a new node);
     * returns the spot in client coordinates.
     */
    static void createWithPalette(DiagramEditor editor, String tool) {
        clickPaletteTool(editor, tool);
        Object result = editor.browser().evaluate("""
                var canvas = document.getElementById('sprotty').getBoundingClientRect();
                for (var y = canvas.bottom - 30; y > canvas.top + 30; y -= 20) {
                  for (var x = canvas.left + 30; x < canvas.right - 260; x += 20) {
                    var target = document.elementFromPoint(x, y);
                    if (target && (target.tagName === 'svg' || target.classList.contains('sprotty-graph'))) {
                      ['mouseover', 'mousemove', 'mousedown', 'mouseup', 'click'].forEach(function (type) {
                        target.dispatchEvent(new MouseEvent(type, {bubbles: true, cancelable: true, view: window,
                            detail: 1, clientX: x, clientY: y, button: 0, buttons: type === 'mousedown' ? 1 : 0}));
                      });
                      return 'ok';
                    }
                  }
                }
                return 'no empty spot';
                """);
        if (!"ok".equals(result)) {
            throw new AssertionError("cannot create with the palette: " + result);
        }
        processEvents(300);
    }

    /** Clicks the palette tool labelled {@code tool} (which then waits for clicks on the diagram). */
    static void clickPaletteTool(DiagramEditor editor, String tool) {
        editor.browser().setFocus();
        Object result = editor.browser().evaluate("""
                var buttons = Array.from(document.querySelectorAll('.tool-palette .tool-button'));
                var button = buttons.find(function (b) { return b.textContent.trim() === %s; });
                if (!button) { return 'no palette tool among: ' + buttons.map(function (b) { return b.textContent.trim(); }); }
                button.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}));
                return 'ok';
                """.formatted(js(tool)));
        if (!"ok".equals(result)) {
            throw new AssertionError("cannot use the palette: " + result);
        }
        processEvents(500);
    }

    /**
     * Shows the editor's context menu (as a right-click does) and runs the item at {@code path} (labels; a label
     * before the last names a submenu, e.g. "Show In", "Form").
     */
    static void runContextMenu(DiagramEditor editor, String... path) {
        Menu menu = editor.browser().getMenu();
        for (int i = 0; i < path.length; i++) {
            menu.notifyListeners(SWT.Show, null);
            MenuItem item = itemLabelled(menu, path[i]);
            if (i == path.length - 1) {
                item.notifyListeners(SWT.Selection, null);
            } else {
                menu = item.getMenu();
            }
        }
        processEvents(200);
    }

    private static MenuItem itemLabelled(Menu menu, String label) {
        StringBuilder labels = new StringBuilder();
        for (MenuItem item : menu.getItems()) {
            String text = item.getText().replaceAll("\t.*", "").replace("&", "");
            if (text.equals(label)) {
                return item;
            }
            labels.append(" '").append(text).append('\'');
        }
        throw new AssertionError("the context menu has no '" + label + "', only" + labels);
    }

    static String js(String text) {
        return new Gson().toJson(text);
    }

    static void processEvents(long millis) {
        Workbenches.processEvents(millis);
    }

    static void waitFor(BooleanSupplier condition, long timeoutMillis, Supplier<String> failure) {
        Workbenches.waitFor(condition, timeoutMillis, failure);
    }

    /** Saves a picture of {@code shell} as target/screenshots/{@code name}. */
    static Path capture(Shell shell, String name) throws Exception {
        return Workbenches.captureScreen(shell, name);
    }
}
