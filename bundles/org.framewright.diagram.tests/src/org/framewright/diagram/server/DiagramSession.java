package org.framewright.diagram.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.protocol.InitializeParameters;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.framewright.diagram.server.document.DiagramDocuments;
import org.framewright.diagram.server.document.StandaloneDocumentProvider;
import org.framewright.diagram.server.model.FramewrightModelState;
import org.framewright.samples.Samples;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * A real GLSP server with the Framewright diagrams and one client session, driven the way the web client drives it
 * (actions in, actions out), without a websocket. The model file is a copy of a sample in a temporary folder.
 */
public final class DiagramSession implements AutoCloseable {

    private static final List<String> CLIENT_ACTION_KINDS = List.of("setModel", "updateModel", "setDirtyState",
            "setEditMode", "setMarkers", "setTypeHints", "setContextActions", "setEditValidationResult",
            "setPopupModel", "setNavigationTargets", "navigateToTarget", "selectAll", "elementSelected", "select",
            "center", "fit", "triggerNodeCreation", "triggerEdgeCreation", "startProgress", "updateProgress",
            "endProgress", "status", "message", "setBounds", "requestBounds", "setViewport", "exportSvg");

    private final List<Action> received = new CopyOnWriteArrayList<>();
    private final Path file;
    private ClientSession session;

    private DiagramSession(Path file) {
        this.file = file;
    }

    /** Copies sample {@code sampleFile} into {@code folder} and opens the structure diagram ({@code element} null)
     *  or the logic model {@code element}. */
    public static DiagramSession openSample(String sampleFile, Path folder, String element) throws Exception {
        Path copy = folder.resolve(sampleFile);
        Files.copy(Samples.framework(sampleFile), copy, StandardCopyOption.REPLACE_EXISTING);
        return open(copy, element);
    }

    /** Opens {@code file}'s structure diagram ({@code element} null) or the logic model {@code element}. */
    public static DiagramSession open(Path file, String element) throws Exception {
        return open(file, element == null ? "framewright-structure" : "framewright-logic-model", element);
    }

    /** Opens the diagram of type {@code diagramType} of {@code file} on {@code element} (null: on the framework). */
    public static DiagramSession open(Path file, String diagramType, String element) throws Exception {
        DiagramDocuments.install(new StandaloneDocumentProvider());
        DiagramSession diagram = new DiagramSession(file);
        Injector injector = Guice.createInjector(FramewrightDiagrams.serverModule());
        GLSPServer server = injector.getInstance(GLSPServer.class);
        server.connect(message -> diagram.received.add(message.getAction()));
        InitializeParameters parameters = new InitializeParameters();
        parameters.setApplicationId("framewright-test");
        parameters.setProtocolVersion("1.0.0");
        server.initialize(parameters).get(30, TimeUnit.SECONDS);
        server.initializeClientSession(new InitializeClientSessionParameters("test-client", diagramType,
                CLIENT_ACTION_KINDS)).get(30, TimeUnit.SECONDS);
        diagram.session = injector.getInstance(ClientSessionManager.class).getSession("test-client").orElseThrow();
        Map<String, String> options = new HashMap<>();
        options.put("sourceUri", file.toString());
        options.put("diagramType", diagramType);
        if (element != null) {
            options.put("element", element);
        }
        diagram.dispatch(new RequestModelAction(options));
        return diagram;
    }

    /** Dispatches {@code action} as if the client had sent it and waits until it is handled. */
    public void dispatch(Action action) throws Exception {
        session.getActionDispatcher().dispatch(action).get(60, TimeUnit.SECONDS);
    }

    /** The session state. */
    public FramewrightModelState state() {
        return (FramewrightModelState) session.getInjector().getInstance(GModelState.class);
    }

    /** The current GModel root. */
    public GGraph graph() {
        return (GGraph) state().getRoot();
    }

    /** The element with GModel id {@code id}. */
    public GModelElement element(String id) {
        return state().getIndex().get(id).orElseThrow(() -> new AssertionError("no GModel element " + id));
    }

    /** The top-level nodes of type prefix {@code typePrefix}. */
    public List<GNode> nodes(String typePrefix) {
        List<GNode> nodes = new ArrayList<>();
        for (GModelElement child : graph().getChildren()) {
            if (child instanceof GNode node && node.getType().startsWith(typePrefix)) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    /** The actions the server sent to the client so far. */
    public List<Action> received() {
        return received;
    }

    /** The model file. */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        if (session != null) {
            DiagramDocuments.provider().release(state().document());
            session.dispose();
        }
    }
}
