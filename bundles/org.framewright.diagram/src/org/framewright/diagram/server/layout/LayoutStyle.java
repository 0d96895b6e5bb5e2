package org.framewright.diagram.server.layout;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.graph.ElkNode;

/**
 * How a diagram is laid out by ELK's layered algorithm; each style sets its options on the ELK root graph. Graphs of
 * more than {@value #BIG_GRAPH} nodes get one crossing-minimisation pass instead of ELK's default seven (ELK tries
 * {@code thoroughness} random starting orders and keeps the best): on the benchmark's 500 boxes and 800 links this
 * is most of ELK's time, and the logic model's lanes fix the columns anyway.
 */
public enum LayoutStyle {
    /** If-then chains read left to right (logic models). */
    CHAINS_LEFT_TO_RIGHT(Direction.RIGHT, 60, 18),
    /** A tree read top down (framework structure). */
    TREE_TOP_DOWN(Direction.DOWN, 50, 16);

    /** The node count above which a graph is laid out for speed. */
    public static final int BIG_GRAPH = 150;
    private static final int BIG_GRAPH_THOROUGHNESS = 1;

    private final Direction direction;
    private final double layerSpacing;
    private final double nodeSpacing;

    LayoutStyle(Direction direction, double layerSpacing, double nodeSpacing) {
        this.direction = direction;
        this.layerSpacing = layerSpacing;
        this.nodeSpacing = nodeSpacing;
    }

    /** Sets this style's ELK options on {@code root}, a graph of {@code nodeCount} nodes. */
    void configure(ElkNode root, int nodeCount) {
        if (nodeCount > BIG_GRAPH) {
            root.setProperty(LayeredOptions.THOROUGHNESS, BIG_GRAPH_THOROUGHNESS);
        }
        root.setProperty(LayeredOptions.DIRECTION, direction);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, layerSpacing);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, nodeSpacing);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, nodeSpacing / 2);
        root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
        root.setProperty(LayeredOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(40));
    }
}
