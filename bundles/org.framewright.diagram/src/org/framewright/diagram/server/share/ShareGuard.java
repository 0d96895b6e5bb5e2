package org.framewright.diagram.server.share;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The front door of a {@link ShareSession}. Every request must carry a valid token, as query parameter {@code token}
 * or (for the files the page loads) the cookie the page sets; others get 403. A token opens only its own link's page
 * ({@code /view}, {@code /edit}) and websocket ({@code /framewright/view}, {@code /framewright/edit}). The page is the
 * diagram web client's {@code index.html}; a link without the page parameters is redirected to itself with them.
 */
final class ShareGuard extends Handler.Wrapper {

    static final String COOKIE = "fwshare";
    private static final Pattern FILE_NAME = Pattern.compile("/[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8", "css",
            "text/css; charset=utf-8", "html", "text/html; charset=utf-8", "ttf", "font/ttf", "svg", "image/svg+xml",
            "png", "image/png", "map", "application/json");

    private final ShareSession session;
    private final Path webRoot;

    ShareGuard(Handler websockets, ShareSession session, Path webRoot) {
        super(websockets);
        this.session = session;
        this.webRoot = webRoot;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        String token = query.getValue("token");
        if (token == null) {
            token = Request.getCookies(request).stream().filter(cookie -> COOKIE.equals(cookie.getName()))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }
        Access access = session.accessOf(token);
        if (access == null) {
            Response.writeError(request, response, callback, 403,
                    "This link's token is missing or wrong, or the session has ended.");
            return true;
        }
        String path = request.getHttpURI().getPath();
        for (Access link : Access.values()) {
            if (path.equals("/" + link.path()) || path.equals("/" + ShareSession.ENDPOINT + "/" + link.path())) {
                if (link != access) {
                    Response.writeError(request, response, callback, 403, "This link does not open " + path + ".");
                    return true;
                }
                if (path.startsWith("/" + ShareSession.ENDPOINT)) {
                    return super.handle(request, response, callback);
                }
                return page(request, response, callback, query, token);
            }
        }
        if (FILE_NAME.matcher(path).matches() && Files.isRegularFile(webRoot.resolve(path.substring(1)))) {
            serve(response, callback, webRoot.resolve(path.substring(1)));
            return true;
        }
        Response.writeError(request, response, callback, 404, path + " is not part of the shared diagram.");
        return true;
    }

    /** The web client's page, after a redirect that adds the diagram's parameters to the link. */
    private boolean page(Request request, Response response, Callback callback, Fields query, String token)
            throws IOException {
        if (query.getValue("diagramType") == null) {
            ShareSession.Diagram diagram = session.diagram();
            StringBuilder location = new StringBuilder(request.getHttpURI().getPath()).append("?token=")
                    .append(encode(token)).append("&diagramType=").append(encode(diagram.diagramType()))
                    .append("&names=").append(encode(session.options().names().name().toLowerCase()));
            append(location, "element", diagram.element());
            append(location, "title", diagram.title());
            append(location, "name", query.getValue("name"));
            Response.sendRedirect(request, response, callback, location.toString());
            return true;
        }
        response.getHeaders().add(HttpHeader.SET_COOKIE, COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
        serve(response, callback, webRoot.resolve("index.html"));
        return true;
    }

    private static void append(StringBuilder location, String name, String value) {
        if (value != null && !value.isEmpty()) {
            location.append('&').append(name).append('=').append(encode(value));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void serve(Response response, Callback callback, Path file) throws IOException {
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        byte[] bytes = Files.readAllBytes(file);
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }
}
