package org.framewright.diagram.server.model;

import java.util.List;

import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;

/** Places a new node where automatic layout wanted it, moved down until it overlaps none of the placed nodes. */
final class NodePlacement {

    private static final double GAP = 18;

    private NodePlacement() {
    }

    /** Moves {@code node} down (never sideways, so it stays in its lane or column) clear of {@code placed}. */
    static void clearOf(GNode node, List<GNode> placed) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (GNode other : placed) {
                if (overlap(node, other)) {
                    node.setPosition(GraphUtil.point(node.getPosition().getX(),
                            other.getPosition().getY() + other.getSize().getHeight() + GAP));
                    moved = true;
                }
            }
        }
    }

    private static boolean overlap(GNode a, GNode b) {
        return a.getPosition().getX() < b.getPosition().getX() + b.getSize().getWidth() + GAP
                && b.getPosition().getX() < a.getPosition().getX() + a.getSize().getWidth() + GAP
                && a.getPosition().getY() < b.getPosition().getY() + b.getSize().getHeight() + GAP
                && b.getPosition().getY() < a.getPosition().getY() + a.getSize().getHeight() + GAP;
    }
}
