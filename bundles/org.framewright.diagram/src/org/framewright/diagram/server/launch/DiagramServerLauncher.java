package org.framewright.diagram.server.launch;

import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.Base64;

import org.apache.logging.log4j.Level;
import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;
import org.eclipse.glsp.server.websocket.WebsocketServerLauncher;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.framewright.diagram.server.FramewrightDiagrams;

import jakarta.websocket.server.ServerEndpointConfig;

/**
 * Runs the Framewright GLSP server in-process: Jetty on 127.0.0.1, a free port, one websocket endpoint
 * {@code /framewright}. GLSP's own {@code start()} blocks and calls {@code System.exit} on errors, so this repeats its
 * Jetty set-up but returns the port and throws instead. Any local process could connect to a localhost port, so
 * every request must carry the per-session {@link #token()} as query parameter {@code token}; others get 403.
 */
public final class DiagramServerLauncher extends WebsocketServerLauncher {

    /** The websocket endpoint path. */
    public static final String ENDPOINT = "framewright";

    private final String token;

    /** A launcher for every Framewright diagram, with a fresh random token. */
    public DiagramServerLauncher() {
        super(FramewrightDiagrams.serverModule(), ENDPOINT, Level.WARN);
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The secret a client must send as {@code ?token=...}. */
    public String token() {
        return token;
    }

    /** Starts Jetty on {@code 127.0.0.1} and a free port; returns the port. Jetty's threads are daemons. */
    public int startOnLoopback() throws Exception {
        server = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> container
                .addEndpoint(ServerEndpointConfig.Builder.create(GLSPServerEndpoint.class, "/" + ENDPOINT)
                        .configurator(new GLSPConfigurator(this::createInjector)).build()));
        server.setHandler(new TokenGuard(context, token));
        server.start();
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** Stops Jetty (and with it every session). */
    public void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    /** Rejects every request whose query does not hold the token. */
    private static final class TokenGuard extends Handler.Wrapper {

        private final String expected;

        TokenGuard(Handler handler, String token) {
            super(handler);
            this.expected = "token=" + token;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            String query = request.getHttpURI().getQuery();
            boolean allowed = false;
            if (query != null) {
                for (String parameter : query.split("&")) {
                    allowed |= parameter.equals(expected);
                }
            }
            if (!allowed) {
                Response.writeError(request, response, callback, 403, "missing or wrong token");
                return true;
            }
            return super.handle(request, response, callback);
        }
    }
}
