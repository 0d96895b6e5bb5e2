package org.framewright.diagram.server.model;

import java.util.ArrayList;
import java.util.List;

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

import com.google.inject.Inject;

/**
 * Shared shape of the diagrams' GModel factories: a diagram builds its nodes and edges from the EMF model
 * ({@link #build}); this base lays them out with ELK, puts nodes the user placed at their kept positions, lets the
 * diagram add decorations that depend on positions ({@link #decorate}), and installs the graph.
 */
public abstract class FramewrightGModelFactory implements GModelFactory {

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
        DiagramLayout layout = state.layout();
        for (GNode node : content.nodes()) {
            layout.position(state.diagramKey(), node.getId())
                    .ifPresent(position -> node.setPosition(GraphUtil.point(position.x(), position.y())));
        }
        List<GModelElement> children = new ArrayList<>(decorate(content.nodes()));
        children.addAll(content.nodes());
        children.addAll(content.edges());
        GGraph graph = new GGraphBuilder().id(state.diagramKey()).addAll(children).build();
        modelState.updateRoot(graph);
    }

    /** The ELK style of this diagram. */
    protected abstract LayoutStyle layoutStyle();

    /** Builds the nodes (with sizes) and edges of the diagram from the model, honouring the active filters. */
    protected abstract Content build(FramewrightModelState state);

    /** Adjusts the ELK result before user positions apply (e.g. snaps nodes to columns); nothing by default. */
    protected void arrangeAutomatically(List<GNode> nodes) {
        // ELK's placement as it is
    }

    /** Elements drawn behind the nodes once they are placed (e.g. lanes); none by default. */
    protected List<GModelElement> decorate(List<GNode> placedNodes) {
        return List.of();
    }
}
