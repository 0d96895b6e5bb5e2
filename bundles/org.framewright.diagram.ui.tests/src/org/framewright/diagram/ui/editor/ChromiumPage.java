package org.framewright.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.framewright.testing.ui.Workbenches;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A participant's web browser: Debian's headless chromium ({@code /usr/bin/chromium}, as the report tests use it)
 * showing one page, driven through the DevTools protocol (scripts evaluated in the page, as a person's clicks would
 * run them). Every wait runs the workbench's event loop, because the host's document changes on the UI thread.
 * Fails, never skips, when chromium is missing.
 */
final class ChromiumPage implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Process process;
    private final Path log;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    private ChromiumPage(Process process, Path log, WebSocket socket) {
        this.process = process;
        this.log = log;
        this.socket = socket;
    }

    /** Starts chromium on {@code url} with a fresh profile in {@code profile}. */
    static ChromiumPage open(String url, Path profile) throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is needed at " + CHROMIUM
                + " (apt-get install chromium; .ci/run installs it)");
        Files.createDirectories(profile);
        Path log = profile.resolveSibling(profile.getFileName() + ".log");
        Process process = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir=" + profile,
                "--window-size=1280,860", "--enable-logging=stderr", "--v=0", url)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        Workbenches.waitFor(() -> Files.isRegularFile(portFile) && read(portFile).contains("\n")
                || !process.isAlive(), 60_000, () -> "chromium did not open its DevTools port: " + read(log));
        assertTrue(process.isAlive(), () -> "chromium ended: " + read(log));
        String port = read(portFile).lines().findFirst().orElseThrow();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        JsonElement targets = JsonParser.parseString(http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/json/list")).build(), HttpResponse.BodyHandlers.ofString())
                .body());
        String pageSocket = targets.getAsJsonArray().asList().stream().map(JsonElement::getAsJsonObject)
                .filter(target -> "page".equals(target.get("type").getAsString())).findFirst()
                .orElseThrow(() -> new AssertionError("chromium shows no page: " + targets))
                .get("webSocketDebuggerUrl").getAsString();
        ChromiumPage[] page = new ChromiumPage[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    JsonObject message = JsonParser.parseString(text.toString()).getAsJsonObject();
                    text.setLength(0);
                    if (message.has("id") && page[0] != null) {
                        CompletableFuture<JsonObject> reply = page[0].pending.remove(message.get("id").getAsInt());
                        if (reply != null) {
                            reply.complete(message);
                        }
                    }
                }
                webSocket.request(1);
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        page[0] = new ChromiumPage(process, log, socket);
        return page[0];
    }

    /** Starts evaluating {@code script} (an expression) in the page; the value arrives later. */
    CompletableFuture<JsonElement> evaluateLater(String script) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        pending.put(id, reply);
        JsonObject params = new JsonObject();
        params.addProperty("expression", script);
        params.addProperty("returnByValue", true);
        params.addProperty("awaitPromise", true);
        JsonObject message = new JsonObject();
        message.addProperty("id", id);
        message.addProperty("method", "Runtime.evaluate");
        message.add("params", params);
        socket.sendText(new Gson().toJson(message), true);
        return reply.thenApply(answer -> {
            JsonObject result = answer.getAsJsonObject("result");
            if (result == null || result.has("exceptionDetails")) {
                throw new AssertionError("the page could not run " + script + ": " + answer);
            }
            JsonObject value = result.getAsJsonObject("result");
            return value.has("value") ? value.get("value") : null;
        });
    }

    /** Evaluates {@code script} in the page and returns its value (null for undefined). */
    JsonElement evaluate(String script) {
        CompletableFuture<JsonElement> value = evaluateLater(script);
        Workbenches.waitFor(value::isDone, 30_000, () -> "the page did not answer " + script + "; log: " + read(log));
        return value.join();
    }

    /** The page's text value of {@code script}, or "" when it has none. */
    String text(String script) {
        JsonElement value = evaluate(script);
        return value == null || value.isJsonNull() ? "" : value.getAsString();
    }

    /** The last lines chromium logged (console messages included), for failure messages. */
    String log() {
        List<String> lines = read(log).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    @Override
    public void close() throws Exception {
        socket.abort();
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
