package org.framewright.diagram.ui.share;

import static org.framewright.testing.ui.Workbenches.page;
import static org.framewright.testing.ui.Workbenches.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.FileEditorInput;
import org.framewright.diagram.server.share.Access;
import org.framewright.diagram.server.share.NamePolicy;
import org.framewright.diagram.server.share.ShareSession;
import org.framewright.diagram.ui.editor.DiagramEditor;
import org.framewright.testing.ui.Controls;
import org.framewright.testing.ui.Gestures;
import org.framewright.testing.ui.Menus;
import org.framewright.testing.ui.Person;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Share Diagram... as the host finds it: in the diagram's context menu (run by its label), the Diagram menu and the
 * Framewright menu. The dialog offers both links, 127.0.0.1 first and chosen, and the name policies; with only the
 * read-only link ticked and numbered names, Start Session starts a session with just that link, on 127.0.0.1, and the
 * next dialog shows it with a Copy button; run again, the dialog's End Session ends it.
 */
class ShareDiagramDialogTest {

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        processEvents(500);
    }

    @Test
    void shareDiagramFromTheContextMenuStartsShowsAndEndsASession() throws Exception {
        DiagramEditor editor = (DiagramEditor) page().openEditor(new FileEditorInput(
            Workbenches.freshSampleWithoutLayout("adass-2020-option-two.framework")), DiagramEditor.ID);
        Workbenches.waitFor(() -> "ready".equals(editor.clientStatus()), 60_000,
            () -> "the diagram did not render: " + editor.clientStatus());
        String title = "Share Diagram: " + editor.getPartName();
        assertTrue(Menus.labels("Diagram").contains("Share Diagram..."), () -> "Diagram: " + Menus.labels("Diagram"));
        assertTrue(Menus.labels("Framewright").contains("Share Diagram..."),
            () -> "Framewright: " + Menus.labels("Framewright"));

        List<String> seen = new ArrayList<>();
        List<String> shownLinks = new ArrayList<>();
        whenOpen(title, shell -> {
            Combo address = Controls.find(shell, Combo.class, c -> true);
            Button edit = button(shell, "Edit link (participants change the diagram with you)");
            seen.add(address.getItem(0) + " | " + address.getText() + " | both ticked: " + (edit.getSelection()
                && button(shell, "Read-only link (participants watch)").getSelection()));
            Person.click(edit);
            Person.click(button(shell, NamePolicy.NUMBERED.label()));
            Gestures.capture(shell, "share-diagram-options.png");
            Person.click(button(shell, "Start Session"));
        }, shell -> {
            Controls.all(shell, Text.class).forEach(text -> shownLinks.add(text.getText()));
            shownLinks.add(button(shell, "Copy Read-only Link").getText());
            Gestures.capture(shell, "share-diagram-links.png");
            Person.click(button(shell, "Close"));
        });
        contextMenu(editor, "Share Diagram...");
        processEvents(500);

        assertEquals(List.of("127.0.0.1 (this computer only) | 127.0.0.1 (this computer only) | both ticked: true"),
            seen);
        ShareSession session = editor.sharing().orElseThrow(() -> new AssertionError("no session started"));
        assertTrue(session.link(Access.EDIT).isEmpty(), "the edit link was not chosen");
        assertEquals(NamePolicy.NUMBERED, session.options().names());
        assertEquals(List.of(session.link(Access.VIEW).orElseThrow().toString(), "Copy Read-only Link"), shownLinks);
        assertTrue(shownLinks.get(0).startsWith("http://127.0.0.1:"), shownLinks.get(0));

        whenOpen(title, shell -> Person.click(button(shell, "End Session")));
        contextMenu(editor, "Share Diagram...");
        processEvents(500);
        assertTrue(editor.sharing().isEmpty(), "End Session ended it");
        assertFalse(session.isRunning());
    }

    /** Answers the dialogs titled {@code title} that open next, one step each, in order. */
    @SafeVarargs
    private static void whenOpen(String title, java.util.function.Consumer<Shell>... steps) {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + 30_000;
        Runnable poll = new Runnable() {
            private int next;
            private Shell last;

            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (shell != last && !shell.isDisposed() && title.equals(shell.getText()) && shell.isVisible()) {
                        last = shell;
                        steps[next++].accept(shell);
                        break;
                    }
                }
                if (next < steps.length && System.currentTimeMillis() < until) {
                    display.timerExec(50, this);
                }
            }
        };
        display.timerExec(50, poll);
    }

    /** Shows the diagram's context menu (as a right-click does) and runs its item labelled {@code label}. */
    private static void contextMenu(DiagramEditor editor, String label) {
        Menus.item(editor.browser().getMenu(), label).notifyListeners(SWT.Selection, null);
        processEvents(200);
    }

    private static Button button(Shell shell, String label) {
        Button button = Controls.find(shell, Button.class, b -> b.getText().replace("&", "").equals(label));
        if (button == null) {
            throw new AssertionError("no button '" + label + "' in " + shell.getText());
        }
        return button;
    }

}
