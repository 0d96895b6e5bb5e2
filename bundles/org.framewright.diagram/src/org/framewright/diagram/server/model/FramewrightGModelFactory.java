package org.framewright.diagram.server.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.model.GModelState;
import org.framewright.diagram.server.layout.DiagramLayout;
import org.framewright.diagram.server.layout.ElkLayouter;
import org.framewright.diagram.server.layout.LayoutStyle;
import org.framewright.diagram.server.layout.OrthogonalRouter;

import com.google.inject.Inject;

/**
 * Shared shape of the diagrams' GModel factories: a diagram builds its nodes and edges from the EMF model
 * ({@link #build}); this base lays them out with ELK, puts nodes the user placed at their kept positions, lets the
 * diagram add decorations that depend on positions ({@link #decorate}), and installs the graph.
 *
 * <p>Layout is incremental: a node keeps where the user put it, else where it was last drawn
 * ({@link DiagramLayout#placed}); only nodes drawn for the first time take ELK's place, moved down clear of the
 * others. So creating, moving or deleting one node never moves another; "arrange all" forgets the kept places.
 * Every render then routes the drawn edges orthogonally around the boxes where they are ({@link OrthogonalRouter}).
 */
public abstract class FramewrightGModelFactory implements GModelFactory {

    /** The argument of the graph listing the filters switched on (comma-separated names). */
    public static final String FILTERS_ARGUMENT = "filters";

    @Inject
    protected GModelState modelState;

    /** Nodes and edges of a diagram, before layout. */
    protected record Content(List<GNode> nodes, List<GEdge> edges) {
        /** Empty content to fill. */
        public Content() {
            this(new ArrayList<>(), new ArrayList<>());
        }
    }

    /** The session state. */
    protected FramewrightModelState state() {
        return (FramewrightModelState) modelState;
    }

    @Override
    public void createGModel() {
        FramewrightModelState state = state();
        Content content = build(state);
        ElkLayouter.layout(content.nodes(), content.edges(), layoutStyle());
        arrangeAutomatically(content.nodes());
        keepPlaces(state.layout(), state.diagramKey(), content.nodes());
        Set<String> hidden = hiddenEdgeTypes(state);
        content.edges().removeIf(edge -> hidden.contains(edge.getType()));
        OrthogonalRouter.route(content.nodes(), content.edges(), layoutStyle());
        CommentBadges.of(state.document().file()).decorate(content.nodes());
        List<GModelElement> children = new ArrayList<>(decorate(content.nodes()));
        children.addAll(content.nodes());
        children.addAll(content.edges());
        GGraph graph = new GGraphBuilder().id(state.diagramKey()).addAll(children).build();
        // the client ticks its filter boxes from this, after every render
        graph.getArgs().put(FILTERS_ARGUMENT, String.join(",", state.layout().filters(state.diagramKey())));
        modelState.updateRoot(graph);
    }

    /** Puts nodes where the user or the last render put them; new nodes keep ELK's place, clear of the others. */
    private static void keepPlaces(DiagramLayout layout, String diagramKey, List<GNode> nodes) {
        Map<String, DiagramLayout.Position> placed = layout.placed(diagramKey);
        List<GNode> fresh = new ArrayList<>();
        List<GNode> kept = new ArrayList<>();
        for (GNode node : nodes) {
            Optional<DiagramLayout.Position> position = layout.position(diagramKey, node.getId())
                    .or(() -> Optional.ofNullable(placed.get(node.getId())));
            position.ifPresent(p -> node.setPosition(GraphUtil.point(p.x(), p.y())));
            (position.isPresent() || placed.isEmpty() ? kept : fresh).add(node);
        }
        for (GNode node : fresh) {
            NodePlacement.clearOf(node, kept);
            kept.add(node);
        }
        for (GNode node : nodes) {
            placed.put(node.getId(), new DiagramLayout.Position(node.getPosition().getX(), node.getPosition().getY()));
        }
    }

    /** The ELK style of this diagram. */
    protected abstract LayoutStyle layoutStyle();

    /** Builds the nodes (with sizes) and edges of the diagram from the model, honouring the active filters. */
    protected abstract Content build(FramewrightModelState state);

    /**
     * Edge types a filter hides: they still shape the automatic layout (a tree stays a tree) but are not drawn; none
     * by default.
     */
    protected Set<String> hiddenEdgeTypes(FramewrightModelState state) {
        return Set.of();
    }

    /** Adjusts the ELK result before user positions apply (e.g. snaps nodes to columns); nothing by default. */
    protected void arrangeAutomatically(List<GNode> nodes) {
        // ELK's placement as it is
    }

    /** Elements drawn behind the nodes once they are placed (e.g. lanes); none by default. */
    protected List<GModelElement> decorate(List<GNode> placedNodes) {
        return List.of();
    }
}
