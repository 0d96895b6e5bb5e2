package org.framewright.diagram.server.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;

/**
 * Routes every edge of a diagram orthogonally around the boxes where they are now (the user's positions kept: no node
 * moves). Each route starts on its source's outline and ends on its target's, runs only horizontally and vertically,
 * and crosses no box's interior; its corners become the edge's routing points (both ends included, so the client and
 * the export draw exactly this line). Edges leave and enter by the sides facing each other, spread along the side
 * ({@link EdgeEnds}); in a tree drawn top down a parent's children hang from one bus; in left-to-right chains the
 * vertical parts run in the middle of the gap between lanes ({@link GapCentring}) and overlapping parallel segments
 * are moved apart ({@link SegmentNudger}). Where the boxes overlap or the free space
 * has no way through, the edge has no routing points and is drawn straight: a route is never the reason a diagram
 * fails to draw.
 */
public final class OrthogonalRouter {

    private OrthogonalRouter() {
    }

    /** Sets the routing points of {@code edges} between {@code nodes} (top-level boxes, placed) for {@code style}. */
    public static void route(List<GNode> nodes, List<GEdge> edges, LayoutStyle style) {
        Map<String, RouteBox> boxes = new LinkedHashMap<>();
        for (GNode node : nodes) {
            boxes.put(node.getId(), new RouteBox(node.getId(), node.getPosition().getX(), node.getPosition().getY(),
                    node.getSize().getWidth(), node.getSize().getHeight()));
        }
        List<RouteBox> obstacles = new ArrayList<>(boxes.values());
        Map<GEdge, EdgeEnds.Ends> routed = new LinkedHashMap<>();
        for (GEdge edge : edges) {
            edge.getRoutingPoints().clear();
            RouteBox source = boxes.get(edge.getSourceId());
            RouteBox target = boxes.get(edge.getTargetId());
            Side[] sides = source == null || target == null || source == target ? null
                    : Side.facing(source, target, style);
            if (sides != null) {
                routed.put(edge, new EdgeEnds.Ends(source, target, sides));
            }
        }
        if (routed.isEmpty()) {
            return;
        }
        List<EdgeEnds.Ends> ends = new ArrayList<>(routed.values());
        EdgeEnds.attach(ends, style);
        Map<EdgeEnds.Ends, List<double[]>> routes = search(ends, obstacles, style);
        if (style == LayoutStyle.CHAINS_LEFT_TO_RIGHT) {
            List<List<double[]>> chains = new ArrayList<>(routes.values());
            GapCentring.centre(chains, obstacles);
            SegmentNudger.separate(chains, obstacles);
        }
        routed.forEach((edge, end) -> {
            List<double[]> route = routes.get(end);
            if (route != null) {
                route.forEach(point -> edge.getRoutingPoints().add(GraphUtil.point(point[0], point[1])));
            }
        });
    }

    private static Map<EdgeEnds.Ends, List<double[]>> search(List<EdgeEnds.Ends> ends, List<RouteBox> obstacles,
            LayoutStyle style) {
        Map<String, Double> busY = busLines(ends, style);
        // in the edges' order: the nudger and the centring see the routes in the same order on every render
        Map<EdgeEnds.Ends, List<double[]>> routes = new LinkedHashMap<>();
        RoutingGrid grid = null;
        for (EdgeEnds.Ends end : ends) {
            List<double[]> route = null;
            if (end.onBus(style)) {
                double y = busY.get(end.source.id());
                route = corners(List.of(end.from, new double[] {end.from[0], y}, new double[] {end.to[0], y}, end.to));
                route = SegmentNudger.crosses(route, 0, route.size() - 1, obstacles) ? null : route;
            }
            if (route == null) {
                if (grid == null) {
                    List<double[]> attachments = new ArrayList<>();
                    ends.forEach(e -> {
                        attachments.add(e.from);
                        attachments.add(e.to);
                    });
                    grid = new RoutingGrid(obstacles, attachments);
                }
                route = grid.route(end.from, end.sourceSide, end.to, end.targetSide);
            }
            if (route != null) {
                routes.put(end, route);
            }
        }
        return routes;
    }

    /** Each tree parent's bus: halfway between its bottom and the top of its highest child below. */
    private static Map<String, Double> busLines(List<EdgeEnds.Ends> ends, LayoutStyle style) {
        Map<String, Double> highestChild = new HashMap<>();
        Map<String, Double> bus = new HashMap<>();
        for (EdgeEnds.Ends end : ends) {
            if (end.onBus(style)) {
                highestChild.merge(end.source.id(), end.target.y(), Math::min);
            }
        }
        for (EdgeEnds.Ends end : ends) {
            if (end.onBus(style)) {
                bus.put(end.source.id(), (end.source.bottom() + highestChild.get(end.source.id())) / 2);
            }
        }
        return bus;
    }

    /** {@code points} without repeated points and without points in the middle of a straight run. */
    private static List<double[]> corners(List<double[]> points) {
        List<double[]> corners = new ArrayList<>();
        for (double[] point : points) {
            int n = corners.size();
            if (n > 0 && corners.get(n - 1)[0] == point[0] && corners.get(n - 1)[1] == point[1]) {
                continue;
            }
            if (n > 1 && (corners.get(n - 2)[0] == point[0] && corners.get(n - 1)[0] == point[0]
                    || corners.get(n - 2)[1] == point[1] && corners.get(n - 1)[1] == point[1])) {
                corners.set(n - 1, point);
            } else {
                corners.add(point);
            }
        }
        return corners;
    }
}
