package org.framewright.diagram.server.share;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.logging.log4j.Level;
import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;
import org.eclipse.glsp.server.websocket.WebsocketServerLauncher;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.framewright.diagram.server.FramewrightDiagrams;
import org.framewright.diagram.server.document.DiagramDocument;

import jakarta.websocket.server.ServerEndpointConfig;

/**
 * A live workshop session: one open diagram served to web browsers. A Jetty server of its own (on 127.0.0.1 unless
 * the host chose another interface, a free port) serves the diagram web client at {@code /view} and {@code /edit}
 * and GLSP websockets at {@code /framewright/view} and {@code /framewright/edit}; every GLSP session is bound to the
 * host's {@link DiagramDocument} and diagram ({@link SharedDiagram}), so participants' edits run on the host's
 * command stack and every client of the document is refreshed after each change. Each link has its own random token;
 * every request without a valid one gets 403 ({@link ShareGuard}).
 */
public final class ShareSession {

    /** The websocket endpoint prefix; the link's access ({@code view}, {@code edit}) follows. */
    public static final String ENDPOINT = "framewright";

    /**
     * What the host chose.
     *
     * @param links the links offered (at least one)
     * @param address the interface to listen on (127.0.0.1 unless the host chose another)
     * @param names how participants are named
     */
    public record Options(Set<Access> links, InetAddress address, NamePolicy names) {

        /** Checks the choice. */
        public Options {
            links = Set.copyOf(links);
            if (links.isEmpty()) {
                throw new IllegalArgumentException("choose a read-only link, an edit link, or both");
            }
            Objects.requireNonNull(address);
            Objects.requireNonNull(names);
        }

        /** Both links, on 127.0.0.1, participants give their names. */
        public static Options loopback() {
            return new Options(Set.of(Access.VIEW, Access.EDIT), InetAddress.getLoopbackAddress(), NamePolicy.ASK);
        }
    }

    /**
     * The diagram shared.
     *
     * @param document the host's open document
     * @param diagramType the GLSP diagram type
     * @param diagramKey the layout key of the diagram
     * @param element the logic model shown, or null for the structure diagram
     * @param title what the page shows as the diagram's title
     */
    public record Diagram(DiagramDocument document, String diagramType, String diagramKey, String element,
            String title) {
    }

    private final Diagram diagram;
    private final Options options;
    private final Map<Access, String> tokens = new EnumMap<>(Access.class);
    private final AtomicInteger participants = new AtomicInteger();
    private final SessionEnd end = new SessionEnd();
    private Server server;
    private int port;

    private ShareSession(Diagram diagram, Options options) {
        this.diagram = Objects.requireNonNull(diagram);
        this.options = options;
        SecureRandom random = new SecureRandom();
        for (Access access : options.links()) {
            byte[] secret = new byte[24];
            random.nextBytes(secret);
            tokens.put(access, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
        }
    }

    /** Starts serving {@code diagram} with the web client files of {@code webRoot}; stop it with {@link #stop()}. */
    public static ShareSession start(Diagram diagram, Path webRoot, Options options) throws Exception {
        ShareSession session = new ShareSession(diagram, options);
        session.startServer(webRoot);
        return session;
    }

    private void startServer(Path webRoot) throws Exception {
        server = new Server(new InetSocketAddress(options.address(), 0));
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
            for (Access access : tokens.keySet()) {
                SharedDiagram shared = new SharedDiagram(diagram.document(), diagram.diagramKey(), diagram.element(),
                        access, options.names(), participants::incrementAndGet, end);
                WebsocketServerLauncher glsp = new WebsocketServerLauncher(
                        FramewrightDiagrams.serverModule(binder -> binder.bind(SharedDiagram.class).toInstance(shared)),
                        ENDPOINT, Level.WARN);
                container.addEndpoint(ServerEndpointConfig.Builder
                        .create(GLSPServerEndpoint.class, "/" + ENDPOINT + "/" + access.path())
                        .configurator(new GLSPConfigurator(glsp::createInjector)).build());
            }
        });
        server.setHandler(new ShareGuard(context, this, webRoot));
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** The link for {@code access}, or empty when the host did not offer it. */
    public Optional<URI> link(Access access) {
        String token = tokens.get(access);
        if (token == null) {
            return Optional.empty();
        }
        String host = options.address().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return Optional.of(URI.create("http://" + host + ":" + port + "/" + access.path() + "?token=" + token));
    }

    /** The access {@code token} gives, or null for a missing or wrong one. */
    Access accessOf(String token) {
        if (token != null) {
            for (Map.Entry<Access, String> entry : tokens.entrySet()) {
                if (MessageDigest.isEqual(entry.getValue().getBytes(StandardCharsets.US_ASCII),
                        token.getBytes(StandardCharsets.UTF_8))) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }

    /** The diagram shared. */
    public Diagram diagram() {
        return diagram;
    }

    /** What the host chose. */
    public Options options() {
        return options;
    }

    /** The port the session listens on. */
    public int port() {
        return port;
    }

    /** True until {@link #stop()}. */
    public boolean isRunning() {
        return server != null && server.isRunning();
    }

    /**
     * Ends the session: tells every participant's page (it shows "Session ended" and takes no more edits), closes
     * their connections and stops listening.
     */
    public void stop() throws Exception {
        if (server != null) {
            end.announce();
            server.stop();
        }
    }
}
