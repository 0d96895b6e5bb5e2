package org.framewright.diagram.server.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.framewright.diagram.server.document.DiagramDocument;
import org.framewright.diagram.server.document.StandaloneDocumentProvider;
import org.framewright.diagram.server.layout.DiagramKey;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front door of a shared diagram: links on 127.0.0.1 with separate random tokens; a link's page redirects to
 * itself with the diagram's parameters and serves the web client; every request without a valid token gets 403; a
 * read-only token opens neither the edit page nor the edit websocket; after {@code stop()} nothing listens.
 */
class ShareSessionTest {

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void onlyTheLinksTokensOpenTheirOwnPageAndWebsocket() throws Exception {
        ShareSession session = start(ShareSession.Options.loopback());
        try {
            URI edit = session.link(Access.EDIT).orElseThrow();
            URI view = session.link(Access.VIEW).orElseThrow();
            assertEquals("127.0.0.1", edit.getHost());
            assertEquals("/edit", edit.getPath());
            assertEquals("/view", view.getPath());
            String editToken = token(edit);
            String viewToken = token(view);
            assertTrue(editToken.length() >= 32, "a 24-byte random secret");
            assertNotEquals(editToken, viewToken, "each link has its own token");

            HttpResponse<String> redirect = get("/edit?token=" + editToken + "&name=Alice", session);
            assertEquals(302, redirect.statusCode());
            String location = redirect.headers().firstValue("Location").orElseThrow();
            assertTrue(location.contains("/edit?token=" + editToken + "&diagramType=framewright-logic-model"),
                location);
            assertTrue(location.contains("&element=lm-1") && location.contains("&title=Logic%20model")
                && location.contains("&name=Alice") && location.contains("&names=ask"), location);

            HttpResponse<String> page = get(URI.create(location).getRawPath() + "?" + URI.create(location)
                .getRawQuery(), session);
            assertEquals(200, page.statusCode());
            assertEquals("<html>the web client</html>", page.body());
            String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
            assertTrue(cookie.startsWith("fwshare=" + editToken + ";") && cookie.contains("HttpOnly"), cookie);
            assertEquals("bundle", get("/bundle.js?token=" + viewToken, session).body());
            assertEquals(200, send(HttpRequest.newBuilder(uri(session, "/bundle.js"))
                .header("Cookie", "fwshare=" + viewToken)).statusCode(), "the page's files with the cookie");

            assertEquals(403, get("/edit", session).statusCode());
            assertEquals(403, get("/edit?token=guessed", session).statusCode());
            assertEquals(403, get("/bundle.js", session).statusCode());
            assertEquals(403, get("/edit?token=" + viewToken, session).statusCode(), "read-only opens no edit page");
            assertEquals(403, get("/framewright/edit?token=" + viewToken, session).statusCode());

            assertThrows(CompletionException.class, () -> websocket(session, "/framewright/edit?token=" + viewToken));
            assertThrows(CompletionException.class, () -> websocket(session, "/framewright/view"));
            websocket(session, "/framewright/view?token=" + viewToken).sendClose(WebSocket.NORMAL_CLOSURE, "done")
                .get(10, TimeUnit.SECONDS);
        } finally {
            session.stop();
        }
        assertFalse(session.isRunning());
        Exception refused = assertThrows(Exception.class, () -> get("/view", session));
        assertTrue(refused instanceof ConnectException || refused.getCause() instanceof ConnectException,
            refused.toString());
    }

    @Test
    void aReadOnlySessionOffersNoEditLinkAndRefusesEveryEditToken() throws Exception {
        ShareSession session = start(new ShareSession.Options(Set.of(Access.VIEW), InetAddress.getLoopbackAddress(),
            NamePolicy.NUMBERED));
        try {
            assertTrue(session.link(Access.EDIT).isEmpty());
            String viewToken = token(session.link(Access.VIEW).orElseThrow());
            assertEquals(403, get("/edit?token=" + viewToken, session).statusCode());
            assertTrue(get("/view?token=" + viewToken, session).headers().firstValue("Location").orElseThrow()
                .contains("&names=numbered"));
        } finally {
            session.stop();
        }
    }

    private ShareSession start(ShareSession.Options options) throws Exception {
        Path model = folder.resolve("model.framework");
        Files.copy(Samples.framework("adass-2020-option-one.framework"), model, StandardCopyOption.REPLACE_EXISTING);
        DiagramDocument document = new StandaloneDocumentProvider().acquire(model);
        Path web = Files.createDirectories(folder.resolve("web"));
        Files.writeString(web.resolve("index.html"), "<html>the web client</html>");
        Files.writeString(web.resolve("bundle.js"), "bundle");
        return ShareSession.start(new ShareSession.Diagram(document, "framewright-logic-model",
            DiagramKey.logicModel("lm-1"), "lm-1", "Logic model"), web, options);
    }

    private static String token(URI link) {
        return link.getQuery().substring("token=".length());
    }

    private static URI uri(ShareSession session, String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + session.port() + pathAndQuery);
    }

    private HttpResponse<String> get(String pathAndQuery, ShareSession session) throws Exception {
        return send(HttpRequest.newBuilder(uri(session, pathAndQuery)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private WebSocket websocket(ShareSession session, String pathAndQuery) throws Exception {
        return http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + session.port() + pathAndQuery),
            new WebSocket.Listener() { }).join();
    }
}
