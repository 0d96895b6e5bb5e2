package org.framewright.diagram.server.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Any local process can reach a localhost port, so the diagram server answers only requests that carry its
 * per-session token: without it (or with another) HTTP 403, and the websocket handshake fails; with it the client
 * connects to {@code /framewright}.
 */
class DiagramServerLauncherTest {

    @Test
    void onlyRequestsWithTheSessionsTokenReachTheEndpoint() throws Exception {
        DiagramServerLauncher launcher = new DiagramServerLauncher();
        int port = launcher.startOnLoopback();
        try {
            assertTrue(port > 0);
            assertTrue(launcher.token().length() >= 32, "a 24-byte random secret");
            assertNotEquals(launcher.token(), new DiagramServerLauncher().token(), "each launcher has its own token");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String endpoint = "http://127.0.0.1:" + port + "/" + DiagramServerLauncher.ENDPOINT;

            assertEquals(403, get(http, endpoint));
            assertEquals(403, get(http, endpoint + "?token=guessed"));
            assertNotEquals(403, get(http, endpoint + "?token=" + launcher.token()));

            CompletionException refused = assertThrows(CompletionException.class,
                () -> http.newWebSocketBuilder().buildAsync(URI.create(endpoint.replace("http:", "ws:")),
                    new WebSocket.Listener() { }).join());
            assertNotNull(refused.getCause());
            WebSocket socket = http.newWebSocketBuilder()
                .buildAsync(URI.create(endpoint.replace("http:", "ws:") + "?token=" + launcher.token()),
                    new WebSocket.Listener() { })
                .get(20, TimeUnit.SECONDS);
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
        } finally {
            launcher.stop();
        }
    }

    private static int get(HttpClient http, String uri) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
