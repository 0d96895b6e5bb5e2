package org.framewright.diagram.ui.editor;

import static org.framewright.diagram.ui.editor.DiagramWorkbench.page;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.positions;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.processEvents;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.framewright.diagram.server.share.Access;
import org.framewright.diagram.server.share.ShareSession;
import org.framewright.diagram.ui.editor.DiagramWorkbench.Point;
import org.framewright.model.ModelElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

/**
 * A live workshop session on area 1's logic model of ADASS Option Two: two participants (headless chromium, on the
 * edit link the host would send, on 127.0.0.1) join; the box Alice clicks is outlined with her name in Bob's browser
 * and the host's diagram (presence); they move two boxes at the same time and one renames a box; both browsers
 * and the host's diagram show every edit, the host's model has them, and Edit &gt; Undo on the host reverts them in
 * order, each labelled with its participant's name. A read-only participant cannot change anything but sees the
 * host's edits; requests without the token, with a wrong one, or with the read-only token on the edit link get 403;
 * after End Session, and after the editor closed, nothing listens. A participant's page says "Session ended" when the
 * host ends the session, and takes no more edits.
 */
class LiveSessionTest {

    @TempDir
    Path browsers;

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        processEvents(500);
    }

    @Test
    void twoParticipantsEditOneDiagramAndTheHostUndoesTheirEditsInOrder() throws Exception {
        DiagramEditor editor = DiagramWorkbench.logicModelOfArea1();
        Map<String, Point> start = positions(editor);
        List<String> ids = new ArrayList<>(start.keySet());
        ids.sort(null);
        String a = ids.get(0);
        String b = ids.get(1);
        Point aTo = new Point(start.get(a).x() + 140, start.get(a).y() + 50);
        Point bTo = new Point(start.get(b).x() + 60, start.get(b).y() + 170);
        ShareSession session = editor.share(ShareSession.Options.loopback());
        String edit = session.link(Access.EDIT).orElseThrow().toString();
        assertTrue(edit.startsWith("http://127.0.0.1:"), edit);

        try (ChromiumPage alice = ChromiumPage.open(edit + "&name=Alice", browsers.resolve("alice"));
                ChromiumPage bob = ChromiumPage.open(edit + "&name=Bob", browsers.resolve("bob"))) {
            waitUntilReady(alice, "ready (editing as Alice)");
            waitUntilReady(bob, "ready (editing as Bob)");
            assertEquals(start, seenBy(alice), "Alice sees the host's diagram");
            assertEquals(start, seenBy(bob), "Bob sees the host's diagram");

            // presence: Alice clicks a box; Bob and the host see it outlined with her name
            assertEquals("ok", alice.text(clickOn(b)));
            assertEquals("ok", alice.text(clickOn(a)));
            String mark = "{\"element\":\"" + a + "\",\"name\":\"Alice\"}";
            waitFor(() -> bob.text("fwPresenceShown()").equals("[" + mark + "]")
                    && String.valueOf(editor.browser().evaluate("return fwPresenceShown();")).equals("[" + mark + "]"),
                    30_000, () -> "Alice's selection is not shown: Bob " + bob.text("fwPresenceShown()") + ", host "
                            + editor.browser().evaluate("return fwPresenceShown();"));

            long sent = System.nanoTime();
            CompletableFuture<?> aliceMoves = alice.evaluateLater(move(a, aTo));
            CompletableFuture<?> bobMoves = bob.evaluateLater(move(b, bTo));
            waitFor(() -> aliceMoves.isDone() && bobMoves.isDone() && shows(seenBy(alice), a, aTo, b, bTo)
                    && shows(seenBy(bob), a, aTo, b, bTo) && shows(positions(editor), a, aTo, b, bTo), 30_000,
                    () -> "not every client shows both moves: Alice " + seenBy(alice) + ", Bob " + seenBy(bob)
                            + ", host " + positions(editor) + "\n" + alice.log());
            System.out.printf("LIVE both moves seen by the host and both participants %d ms after they were sent%n",
                    (System.nanoTime() - sent) / 1_000_000);
            DiagramWorkbench.capture(editor.getSite().getShell(), "live-session-host.png");

            String first = undoLabel(editor);
            assertTrue(Set.of("Move (Alice)", "Move (Bob)").contains(first), first);
            assertTrue(editor.isDirty(), "the participants' edits are the host's unsaved changes");

            ModelElement renamed = (ModelElement) editor.document().resource().getEObject(b);
            String name = renamed.getName();
            bob.evaluate("fwDispatch({kind: 'applyLabelEdit', isOperation: true, labelId: " + DiagramWorkbench.js(
                    b + "_name") + ", text: 'Workshop agreed'}).then(() => true)");
            waitFor(() -> "Workshop agreed".equals(renamed.getName()) && alice.text(labelText(b)).contains("Workshop")
                    && bob.text(labelText(b)).contains("Workshop"), 30_000,
                    () -> "the rename did not reach the host's model, Alice and Bob: " + renamed.getName() + " / "
                            + alice.text(labelText(b)) + " / " + bob.text(labelText(b)));
            assertEquals("Set (Bob)", undoLabel(editor));

            DiagramWorkbench.editMenu("Undo Set (Bob)");
            waitFor(() -> name.equals(renamed.getName()) && !alice.text(labelText(b)).contains("Workshop")
                    && !bob.text(labelText(b)).contains("Workshop"), 30_000,
                    () -> "undoing the rename did not reach both browsers: host " + renamed.getName() + ", Alice "
                            + alice.text(labelText(b)) + ", Bob " + bob.text(labelText(b)));
            String second = undoLabel(editor);
            assertEquals(first, second, "the later move is undone next");
            DiagramWorkbench.editMenu("Undo " + second);
            String undone = second.contains("Alice") ? a : b;
            String kept = undone.equals(a) ? b : a;
            Point keptAt = kept.equals(a) ? aTo : bTo;
            waitFor(() -> shows(seenBy(alice), undone, start.get(undone), kept, keptAt)
                    && shows(seenBy(bob), undone, start.get(undone), kept, keptAt), 30_000,
                    () -> "Undo " + second + " did not reach both browsers: " + seenBy(alice) + seenBy(bob));
            String third = undoLabel(editor);
            assertEquals(second.contains("Alice") ? "Move (Bob)" : "Move (Alice)", third);
            DiagramWorkbench.editMenu("Undo " + third);
            waitFor(() -> start.equals(seenBy(alice)) && start.equals(seenBy(bob))
                    && start.equals(positions(editor)), 30_000, () -> "undoing both moves did not bring every box back");
            assertFalse(editor.isDirty(), "everything undone, nothing is left to save");
        } finally {
            editor.endSharing();
        }
        assertFalse(session.isRunning());
    }

    @Test
    void aReadOnlyParticipantCannotEditAndRequestsWithoutTheTokenGet403() throws Exception {
        DiagramEditor editor = DiagramWorkbench.logicModelOfArea1();
        Map<String, Point> start = positions(editor);
        String a = start.keySet().stream().sorted().findFirst().orElseThrow();
        ShareSession session = editor.share(ShareSession.Options.loopback());
        URI view = session.link(Access.VIEW).orElseThrow();
        URI edit = session.link(Access.EDIT).orElseThrow();
        String viewToken = view.getQuery().substring("token=".length());
        String editToken = edit.getQuery().substring("token=".length());
        assertNotEquals(viewToken, editToken);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String server = "http://127.0.0.1:" + session.port();
        assertEquals(403, status(http, server + "/edit"));
        assertEquals(403, status(http, server + "/edit?token=" + editToken.substring(1) + "x"));
        assertEquals(403, status(http, server + "/edit?token=" + viewToken), "the read-only token opens no edit link");
        assertEquals(403, status(http, server + "/bundle.js"));
        assertEquals(302, status(http, edit.toString()), "the edit link itself is let in");

        try (ChromiumPage carol = ChromiumPage.open(view + "&name=Carol", browsers.resolve("carol"));
                ChromiumPage stranger = ChromiumPage.open(server + "/edit?token=guessed", browsers.resolve("x"))) {
            waitUntilReady(carol, "ready (read-only as Carol)");
            assertTrue(stranger.text("document.body.innerText").contains("403"),
                    () -> "a wrong token shows the 403 page: " + stranger.text("document.body.innerText"));

            carol.evaluate(move(a, new Point(start.get(a).x() + 200, start.get(a).y() + 90)));
            processEvents(3000);
            assertEquals(start, positions(editor), "the host's diagram is unchanged");
            assertEquals(start, seenBy(carol), "Carol's view shows the host's diagram");
            assertFalse(editor.document().commandStack().canUndo(), "nothing was done on the host's command stack");
            assertFalse(editor.isDirty());
            assertEquals("false", String.valueOf(carol.evaluate(
                    "document.querySelector('.tool-palette') !== null && document.querySelector('.tool-palette')"
                            + ".offsetParent !== null")), "a read-only participant has no palette");

            Point hostTo = new Point(start.get(a).x() + 30, start.get(a).y() + 120);
            editor.browser().execute(move(a, hostTo));
            waitFor(() -> shows(seenBy(carol), a, hostTo, a, hostTo), 30_000,
                    () -> "Carol does not see the host's move: " + seenBy(carol));
            assertEquals("Move", undoLabel(editor), "the host's own edit carries no participant's name");
        }
        editor.endSharing();
        assertFalse(session.isRunning());
        assertThrows(java.io.IOException.class, () -> status(http, view.toString()), "End Session stops listening");

        ShareSession again = editor.share(ShareSession.Options.loopback());
        assertTrue(again.isRunning());
        page().closeEditor(editor, false);
        processEvents(500);
        assertFalse(again.isRunning(), "closing the diagram ends its session");
    }

    @Test
    void aParticipantIsToldWhenTheHostEndsTheSessionAndCanEditNoMore() throws Exception {
        DiagramEditor editor = DiagramWorkbench.logicModelOfArea1();
        Map<String, Point> start = positions(editor);
        String a = start.keySet().stream().sorted().findFirst().orElseThrow();
        ShareSession session = editor.share(ShareSession.Options.loopback());
        String edit = session.link(Access.EDIT).orElseThrow().toString();

        try (ChromiumPage dan = ChromiumPage.open(edit + "&name=Dan", browsers.resolve("dan"))) {
            waitUntilReady(dan, "ready (editing as Dan)");
            editor.endSharing();
            assertFalse(session.isRunning());

            waitFor(() -> "Session ended".equals(dan.text("window.fwLastStatus || ''")), 30_000,
                    () -> "Dan's page was not told: '" + dan.text("window.fwLastStatus || ''") + "'\n" + dan.log());
            String banner = dan.text("(document.getElementById('fw-session-ended') || {innerText: ''}).innerText");
            assertTrue(banner.startsWith("Session ended: the host ended this session."), banner);
            assertEquals("Session ended", dan.text("document.getElementById('fw-status').textContent"),
                    "the page's status says so too");
            assertEquals("none", dan.text("getComputedStyle(document.getElementById('sprotty')).pointerEvents"),
                    "the diagram takes no more pointer input");
            Point to = new Point(start.get(a).x() + 120, start.get(a).y() + 60);
            assertEquals("refused", dan.text(move(a, to).replace(".then(() => true)",
                    ".then(() => 'sent', () => 'refused')")), "what a drag sends is refused by the page");
            processEvents(2000);
            assertEquals("Session ended", dan.text("window.fwLastStatus || ''"), "no reconnecting, no error");
        }
        assertEquals(start, positions(editor), "the host's diagram is unchanged");
        assertFalse(editor.isDirty());
    }

    private static void waitUntilReady(ChromiumPage participant, String status) {
        waitFor(() -> status.equals(participant.text("window.fwLastStatus || ''"))
                && !seenBy(participant).isEmpty(), 90_000, () -> "the participant's page is not ready: '"
                        + participant.text("window.fwLastStatus || ''") + "'\n" + participant.log());
    }

    private static Map<String, Point> seenBy(ChromiumPage participant) {
        String json = participant.text("typeof fwPositions === 'function' ? fwPositions() : '{}'");
        return new Gson().fromJson(json, new TypeToken<Map<String, Point>>() { }.getType());
    }

    private static boolean shows(Map<String, Point> positions, String a, Point atA, String b, Point atB) {
        return atA.equals(positions.get(a)) && atB.equals(positions.get(b));
    }

    /** What a drag of node {@code id} to {@code to} sends (GLSP's changeBounds operation), as the page sends it. */
    private static String move(String id, Point to) {
        return "fwDispatch({kind: 'changeBounds', isOperation: true, newBounds: [{elementId: " + DiagramWorkbench.js(id)
                + ", newSize: {width: 10, height: 10}, newPosition: {x: " + to.x() + ", y: " + to.y()
                + "}}]}).then(() => true)";
    }

    /** A pointer click in the middle of node {@code id} of a participant's page (its DOM element under the point). */
    private static String clickOn(String id) {
        return """
                (() => {
                  const r = document.getElementById(%s).getBoundingClientRect();
                  const x = r.left + r.width / 2, y = r.top + r.height / 2;
                  const target = document.elementFromPoint(x, y);
                  if (!target) { return 'nothing at ' + x + ',' + y; }
                  for (const type of ['mouseover', 'mousemove', 'mousedown', 'mouseup', 'click']) {
                    target.dispatchEvent(new MouseEvent(type, {bubbles: true, cancelable: true, view: window, detail: 1,
                        clientX: x, clientY: y, button: 0, buttons: type === 'mousedown' ? 1 : 0}));
                  }
                  return 'ok';
                })()""".formatted(DiagramWorkbench.js("sprotty_" + id));
    }

    private static String labelText(String id) {
        return "(document.getElementById(" + DiagramWorkbench.js("sprotty_" + id + "_name")
                + ") || {textContent: ''}).textContent";
    }

    private static String undoLabel(DiagramEditor editor) {
        return editor.document().commandStack().getUndoCommand().getLabel();
    }

    private static int status(HttpClient http, String uri) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
