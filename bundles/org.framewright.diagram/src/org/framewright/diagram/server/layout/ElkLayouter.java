package org.framewright.diagram.server.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;

/**
 * Places GModel nodes with ELK's layered algorithm. The layered provider is called directly (no ELK service
 * registry), which works the same in OSGi and in plain Java. Only the given nodes and the edges between them take
 * part. ELK's edge routes are not used: the lanes and the user's positions move nodes after ELK, so the edges are
 * routed afterwards, around the boxes where they finally are ({@link OrthogonalRouter}).
 */
public final class ElkLayouter {

    static {
        // creating the service registers ELK's option value types with ElkReflect (cloning of paddings, vectors, ...);
        // without it ELK fails with "Couldn't clone property ..."
        LayoutMetaDataService.getInstance();
    }

    private ElkLayouter() {
    }

    /** Lays out {@code nodes} (their sizes must be set) connected by {@code edges}; sets each node's position. */
    public static void layout(List<GNode> nodes, List<GEdge> edges, LayoutStyle style) {
        ElkNode root = ElkGraphUtil.createGraph();
        style.configure(root, nodes.size());
        Map<String, ElkNode> elkNodes = new HashMap<>();
        for (GNode node : nodes) {
            ElkNode elkNode = ElkGraphUtil.createNode(root);
            elkNode.setDimensions(node.getSize().getWidth(), node.getSize().getHeight());
            elkNodes.put(node.getId(), elkNode);
        }
        for (GEdge edge : edges) {
            ElkNode source = elkNodes.get(edge.getSourceId());
            ElkNode target = elkNodes.get(edge.getTargetId());
            if (source != null && target != null && source != target) {
                ElkGraphUtil.createSimpleEdge(source, target);
            }
        }
        new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());
        for (GNode node : nodes) {
            ElkNode elkNode = elkNodes.get(node.getId());
            node.setPosition(GraphUtil.point(elkNode.getX(), elkNode.getY()));
        }
    }
}
