package org.framewright.diagram.server.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;

/**
 * What every orthogonal route must be, checked independently of the router: axis-parallel segments from a point of
 * the source's outline to a point of the target's, none entering the interior of any box.
 */
final class RouteAssertions {

    private static final double TOLERANCE = 0.01;

    private RouteAssertions() {
    }

    /** The top-level boxes of {@code graph} (lanes are backgrounds the edges cross, not obstacles). */
    static List<GNode> boxes(GGraph graph) {
        return graph.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast)
                .filter(node -> !node.getCssClasses().contains("fw-lane")).toList();
    }

    /** The edges of {@code graph}. */
    static List<GEdge> edges(GGraph graph) {
        return graph.getChildren().stream().filter(GEdge.class::isInstance).map(GEdge.class::cast).toList();
    }

    /**
     * Asserts that every edge between boxes that do not overlap has an orthogonal route around {@code boxes}; with
     * {@code fallbackAllowed}, an edge may instead have no routing points (drawn straight).
     */
    static void assertOrthogonal(String where, List<GNode> boxes, List<GEdge> edges, boolean fallbackAllowed) {
        Map<String, GNode> byId = boxes.stream().collect(Collectors.toMap(GNode::getId, Function.identity()));
        for (GEdge edge : edges) {
            GNode source = byId.get(edge.getSourceId());
            GNode target = byId.get(edge.getTargetId());
            List<GPoint> route = edge.getRoutingPoints();
            String name = where + ": edge " + edge.getId() + " " + describe(route);
            if (route.isEmpty() && (fallbackAllowed || overlap(source, target))) {
                continue;
            }
            assertTrue(route.size() >= 2, name + " has a route");
            assertTrue(onOutline(source, route.get(0)), name + " starts on the outline of " + source.getId());
            assertTrue(onOutline(target, route.get(route.size() - 1)), name + " ends on the outline of " + target.getId());
            for (int k = 0; k + 1 < route.size(); k++) {
                GPoint a = route.get(k);
                GPoint b = route.get(k + 1);
                assertTrue(Math.abs(a.getX() - b.getX()) < TOLERANCE || Math.abs(a.getY() - b.getY()) < TOLERANCE,
                        name + " segment " + k + " is horizontal or vertical");
                for (GNode box : boxes) {
                    assertFalse(crosses(box, a, b), name + " segment " + k + " crosses the box of " + box.getId());
                }
            }
        }
    }

    static String describe(List<GPoint> route) {
        List<String> points = new ArrayList<>();
        route.forEach(p -> points.add(String.format("(%.1f,%.1f)", p.getX(), p.getY())));
        return String.join(" ", points);
    }

    static boolean onOutline(GNode box, GPoint p) {
        double left = box.getPosition().getX();
        double top = box.getPosition().getY();
        double right = left + box.getSize().getWidth();
        double bottom = top + box.getSize().getHeight();
        boolean within = p.getX() > left - TOLERANCE && p.getX() < right + TOLERANCE && p.getY() > top - TOLERANCE
                && p.getY() < bottom + TOLERANCE;
        return within && (Math.abs(p.getX() - left) < TOLERANCE || Math.abs(p.getX() - right) < TOLERANCE
                || Math.abs(p.getY() - top) < TOLERANCE || Math.abs(p.getY() - bottom) < TOLERANCE);
    }

    /** Whether the segment a-b has a point strictly inside {@code box}. */
    static boolean crosses(GNode box, GPoint a, GPoint b) {
        double left = box.getPosition().getX();
        double top = box.getPosition().getY();
        return Math.min(a.getX(), b.getX()) < left + box.getSize().getWidth() - TOLERANCE
                && Math.max(a.getX(), b.getX()) > left + TOLERANCE
                && Math.min(a.getY(), b.getY()) < top + box.getSize().getHeight() - TOLERANCE
                && Math.max(a.getY(), b.getY()) > top + TOLERANCE;
    }

    static boolean overlap(GNode a, GNode b) {
        return a.getPosition().getX() < b.getPosition().getX() + b.getSize().getWidth()
                && b.getPosition().getX() < a.getPosition().getX() + a.getSize().getWidth()
                && a.getPosition().getY() < b.getPosition().getY() + b.getSize().getHeight()
                && b.getPosition().getY() < a.getPosition().getY() + a.getSize().getHeight();
    }
}
