package org.framewright.testing.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Fills in a modal dialog as a person does, once it opens: picks entries of its drop-downs and types into its text
 * fields key by key (real key events posted to the display, so the field's own key handling runs), each field found
 * by the label in front of it, one after the other; then saves a screenshot and presses a button. Arrange it before
 * the action that opens the dialog (which blocks until the dialog is answered):
 * {@code DialogFiller.when("Report").choose("Data:", "x.csv").type("Councils:", "E06000062").press("OK", "x.png")}.
 */
public final class DialogFiller {

    private static final long TIMEOUT_MILLIS = 60_000;

    private final String title;
    private final List<Step> steps = new ArrayList<>();
    private volatile String failure;
    private volatile boolean finished;

    /** One thing done to the open dialog; true once done (it is asked again until then). */
    private interface Step {
        boolean tryOn(Shell shell);
    }

    private DialogFiller(String title) {
        this.title = title;
    }

    /** Fills the next dialog titled {@code title}. */
    public static DialogFiller when(String title) {
        return new DialogFiller(title);
    }

    /** Picks {@code item} in the drop-down labelled {@code label} (waiting until it is offered). */
    public DialogFiller choose(String label, String item) {
        steps.add(shell -> {
            Combo combo = (Combo) besideLabel(shell, label);
            if (!Arrays.asList(combo.getItems()).contains(item)) {
                return false;
            }
            Person.choose(combo, item);
            return true;
        });
        return this;
    }

    /** Replaces the text of the field labelled {@code label} by typing {@code keys}. */
    public DialogFiller type(String label, String keys) {
        boolean[] typed = {false};
        steps.add(shell -> {
            Text text = (Text) besideLabel(shell, label);
            if (!typed[0]) {
                shell.forceActive();
                text.setFocus();
                text.selectAll();
                keys.chars().forEach(c -> key(shell.getDisplay(), (char) c));
                typed[0] = true;
            }
            return text.getText().equals(keys);
        });
        return this;
    }

    /**
     * Saves a screenshot of the filled dialog as {@code screenshot} and presses its button {@code button}; then
     * starts watching for the dialog. The checks of the steps fail the caller's {@link #done()} if the dialog never
     * opens or a field never reads what was typed.
     */
    public DialogFiller press(String button, String screenshot) {
        steps.add(shell -> {
            Gestures.capture(shell, screenshot);
            Gestures.find(shell, Button.class, b -> button.equals(b.getText().replace("&", "")))
                .notifyListeners(SWT.Selection, new Event());
            return true;
        });
        watch(Display.getCurrent());
        return this;
    }

    /** Fails unless every step was done. */
    public void done() {
        if (failure != null) {
            throw new AssertionError(failure);
        }
        if (!finished) {
            throw new AssertionError("the dialog " + title + " was not filled in");
        }
    }

    private void watch(Display display) {
        long until = System.currentTimeMillis() + TIMEOUT_MILLIS;
        int[] next = {0};
        display.timerExec(50, new Runnable() {
            @Override
            public void run() {
                Shell shell = Arrays.stream(display.getShells()).filter(s -> title.equals(s.getText()) && s.isVisible())
                    .findFirst().orElse(null);
                try {
                    while (shell != null && !shell.isDisposed() && next[0] < steps.size()
                            && steps.get(next[0]).tryOn(shell)) {
                        next[0]++;
                    }
                } catch (RuntimeException | AssertionError e) {
                    failure = "filling in " + title + ", step " + (next[0] + 1) + ": " + e;
                    closeIfOpen(shell);
                    return;
                }
                if (next[0] == steps.size()) {
                    finished = true;
                } else if (System.currentTimeMillis() < until) {
                    display.timerExec(100, this);
                } else {
                    failure = "filling in " + title + ": step " + (next[0] + 1) + " of " + steps.size()
                        + " not done within " + TIMEOUT_MILLIS / 1000 + " s" + (shell == null ? " (no such dialog)" : "");
                    closeIfOpen(shell);
                }
            }
        });
    }

    private static void closeIfOpen(Shell shell) {
        if (shell != null && !shell.isDisposed()) {
            shell.close();
        }
    }

    /** The control just after the label reading {@code label} among its siblings. */
    private static Control besideLabel(Shell shell, String label) {
        Label found = Gestures.find(shell, Label.class, l -> label.equals(l.getText()));
        List<Control> siblings = Arrays.asList(found.getParent().getChildren());
        return siblings.get(siblings.indexOf(found) + 1);
    }

    /** Presses and releases the key of {@code c} (with Shift for capitals) on the real keyboard. */
    private static void key(Display display, char c) {
        boolean shift = Character.isUpperCase(c);
        if (shift) {
            post(display, SWT.KeyDown, SWT.SHIFT, '\0');
        }
        post(display, SWT.KeyDown, 0, Character.toLowerCase(c));
        post(display, SWT.KeyUp, 0, Character.toLowerCase(c));
        if (shift) {
            post(display, SWT.KeyUp, SWT.SHIFT, '\0');
        }
    }

    private static void post(Display display, int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        display.post(event);
    }
}
