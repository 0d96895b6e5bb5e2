package org.framewright.diagram.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;

/**
 * The boxes and edge paths the web client has drawn, read from the diagram's DOM (diagram coordinates): each
 * top-level node's shape (not lanes, not badges) and each edge's path as its points.
 */
record RenderedRoutes(List<Box> nodes, List<Edge> edges) {

    private static final double TOLERANCE = 1.0;
    private static final Pattern NUMBER_PAIR = Pattern.compile("(-?[0-9.]+(?:e-?[0-9]+)?)[ ,]+(-?[0-9.]+(?:e-?[0-9]+)?)");

    /** A node's box. */
    record Box(String id, double x, double y, double w, double h) {
        boolean onOutline(double[] p) {
            boolean within = p[0] > x - TOLERANCE && p[0] < x + w + TOLERANCE && p[1] > y - TOLERANCE
                    && p[1] < y + h + TOLERANCE;
            return within && (Math.abs(p[0] - x) < TOLERANCE || Math.abs(p[0] - x - w) < TOLERANCE
                    || Math.abs(p[1] - y) < TOLERANCE || Math.abs(p[1] - y - h) < TOLERANCE);
        }

        boolean crossedBy(double[] a, double[] b) {
            return Math.min(a[0], b[0]) < x + w - TOLERANCE && Math.max(a[0], b[0]) > x + TOLERANCE
                    && Math.min(a[1], b[1]) < y + h - TOLERANCE && Math.max(a[1], b[1]) > y + TOLERANCE;
        }
    }

    /** An edge's drawn path ({@code d} of its SVG path). */
    record Edge(String id, String d) {
        /** The path's points, repeated points left out. */
        List<double[]> points() {
            List<double[]> points = new ArrayList<>();
            Matcher matcher = NUMBER_PAIR.matcher(d);
            while (matcher.find()) {
                double[] p = {Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2))};
                if (points.isEmpty() || Math.abs(points.get(points.size() - 1)[0] - p[0]) > 0.01
                        || Math.abs(points.get(points.size() - 1)[1] - p[1]) > 0.01) {
                    points.add(p);
                }
            }
            return points;
        }

        boolean orthogonal() {
            List<double[]> points = points();
            for (int k = 0; k + 1 < points.size(); k++) {
                if (Math.abs(points.get(k)[0] - points.get(k + 1)[0]) > 0.5
                        && Math.abs(points.get(k)[1] - points.get(k + 1)[1]) > 0.5) {
                    return false;
                }
            }
            return true;
        }
    }

    /** What {@code editor}'s page draws now. */
    static RenderedRoutes of(DiagramEditor editor) {
        Object json = editor.browser().evaluate("""
                var out = {nodes: [], edges: []};
                var firstEdge = document.querySelector('#sprotty g.sprotty-edge');
                if (!firstEdge) { return JSON.stringify(out); }
                // diagram coordinates: those of the group holding the edges (and the top-level nodes)
                var toDiagram = firstEdge.parentElement.getCTM().inverse();
                // sprotty puts the class sprotty-node on a node's shape, the id on the group around it
                document.querySelectorAll('#sprotty .sprotty-node').forEach(function (shape) {
                  var g = shape.parentElement;
                  if (g.parentElement !== firstEdge.parentElement || g.classList.contains('fw-lane')
                      || shape.classList.contains('fw-lane')) { return; }
                  var b = shape.getBBox();
                  var m = toDiagram.multiply(shape.getCTM());
                  out.nodes.push({id: g.id.replace(/^sprotty_/, ''), x: m.a * b.x + m.e, y: m.d * b.y + m.f,
                      w: m.a * b.width, h: m.d * b.height});
                });
                document.querySelectorAll('#sprotty g.sprotty-edge').forEach(function (g) {
                  var path = g.querySelector('path');
                  if (path) { out.edges.push({id: g.id.replace(/^sprotty_/, ''), d: path.getAttribute('d')}); }
                });
                return JSON.stringify(out);
                """);
        return new Gson().fromJson(String.valueOf(json), RenderedRoutes.class);
    }

    /** A link's ends in the model: the ids of its source and target elements. */
    record Ends(String source, String target) {
    }

    /** The drawn edges among {@code ids}. */
    List<Edge> edges(Collection<String> ids) {
        return edges.stream().filter(e -> ids.contains(e.id())).toList();
    }

    /**
     * What is wrong with the drawn routes, {@code ends} giving each edge's source and target: an edge not orthogonal,
     * not starting on its source's outline and ending on its target's, or crossing a box; empty if nothing is.
     */
    List<String> problems(Map<String, Ends> ends) {
        List<String> problems = new ArrayList<>();
        for (Edge edge : edges) {
            List<double[]> points = edge.points();
            Ends link = ends.get(edge.id());
            if (link == null) {
                problems.add(edge.id() + " is drawn but is no link of the model");
                continue;
            }
            if (points.size() < 2) {
                problems.add(edge.id() + " has no path: " + edge.d());
                continue;
            }
            if (!edge.orthogonal()) {
                problems.add(edge.id() + " is not orthogonal: " + edge.d());
            }
            problems.addAll(endProblems(edge, "start", link.source(), points.get(0)));
            problems.addAll(endProblems(edge, "end", link.target(), points.get(points.size() - 1)));
            for (int k = 0; k + 1 < points.size(); k++) {
                for (Box box : nodes) {
                    if (box.crossedBy(points.get(k), points.get(k + 1))) {
                        problems.add(edge.id() + " crosses " + box.id() + ": " + edge.d());
                    }
                }
            }
        }
        return problems;
    }

    private List<String> endProblems(Edge edge, String which, String nodeId, double[] point) {
        Box box = nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst().orElse(null);
        if (box == null) {
            return List.of(edge.id() + " ends on " + nodeId + ", whose box is not drawn (drawn: "
                    + nodes.stream().map(Box::id).toList() + ")");
        }
        return box.onOutline(point) ? List.of()
                : List.of(edge.id() + " does not " + which + " on the outline of " + box + ": " + edge.d());
    }
}
