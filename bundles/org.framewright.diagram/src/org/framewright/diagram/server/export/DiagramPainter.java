package org.framewright.diagram.server.export;

import java.util.List;

import org.eclipse.glsp.graph.GBoundsAware;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GIssueMarker;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelIndex;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.framewright.diagram.server.DiagramTypes;
import org.framewright.diagram.server.logicmodel.LogicModelTypes;

/**
 * Draws a laid-out GModel the way the web client shows it: lanes, then edges (along their routing points, the
 * server's orthogonal routes, or straight from outline to outline when they have none; with arrow heads), then boxes
 * with their labels, badges and issue markers.
 */
final class DiagramPainter {

    private DiagramPainter() {
    }

    /** The bounding box {minX, minY, maxX, maxY} of the graph's top-level shapes. */
    static double[] bounds(GGraph graph) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GNode node) {
                b[0] = Math.min(b[0], node.getPosition().getX());
                b[1] = Math.min(b[1], node.getPosition().getY());
                b[2] = Math.max(b[2], node.getPosition().getX() + node.getSize().getWidth());
                b[3] = Math.max(b[3], node.getPosition().getY() + node.getSize().getHeight());
            }
        }
        return b[0] > b[2] ? new double[] {0, 0, 100, 100} : b;
    }

    static void paint(GGraph graph, DiagramCanvas canvas) {
        GModelIndex index = GModelIndex.get(graph);
        graph.getChildren().stream().filter(c -> c instanceof GNode && c.getCssClasses().contains("fw-lane"))
                .forEach(lane -> paintNode((GNode) lane, 0, 0, canvas));
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GEdge edge) {
                paintEdge(edge, index, canvas);
            }
        }
        graph.getChildren().stream().filter(c -> c instanceof GNode && !c.getCssClasses().contains("fw-lane"))
                .forEach(node -> paintNode((GNode) node, 0, 0, canvas));
    }

    private static void paintNode(GNode node, double originX, double originY, DiagramCanvas canvas) {
        double x = originX + node.getPosition().getX();
        double y = originY + node.getPosition().getY();
        DiagramStyle.Colors colors = DiagramStyle.of(node.getCssClasses());
        boolean error = node.getCssClasses().contains("fw-error");
        boolean warning = node.getCssClasses().contains("fw-warning");
        String stroke = error ? DiagramStyle.ERROR : warning ? DiagramStyle.WARNING : colors.stroke();
        boolean badge = DiagramTypes.INDICATOR_BADGE.equals(node.getType())
                || DiagramTypes.COMMENT_BADGE.equals(node.getType());
        canvas.rect(x, y, node.getSize().getWidth(), node.getSize().getHeight(), badge ? 9 : 6, colors.fill(), stroke,
                error || warning ? 2.5 : 1.5);
        for (GModelElement child : node.getChildren()) {
            if (child instanceof GLabel label) {
                boolean heading = DiagramTypes.NAME_LABEL.equals(label.getType()) || LogicModelTypes.LANE_LABEL.equals(label.getType());
                canvas.text(x + label.getPosition().getX(), y + label.getPosition().getY(), label.getText(),
                        badge ? 11 : 13, heading, DiagramStyle.TEXT);
            } else if (child instanceof GIssueMarker marker) {
                String color = marker.getIssues().stream().anyMatch(i -> "error".equals(i.getSeverity()))
                        ? DiagramStyle.ERROR : DiagramStyle.WARNING;
                canvas.rect(x + marker.getPosition().getX(), y + marker.getPosition().getY(), 16, 16, 8, color, color, 1);
                canvas.text(x + marker.getPosition().getX() + 6, y + marker.getPosition().getY() + 12, "!", 11, true,
                        "#ffffff");
            } else if (child instanceof GNode inner) {
                paintNode(inner, x, y, canvas);
            }
        }
    }

    private static void paintEdge(GEdge edge, GModelIndex index, DiagramCanvas canvas) {
        GBoundsAware source = index.getByClass(edge.getSourceId(), GNode.class).orElse(null);
        GBoundsAware target = index.getByClass(edge.getTargetId(), GNode.class).orElse(null);
        if (source == null || target == null) {
            return;
        }
        boolean dashed = edge.getCssClasses().contains("fw-classifies");
        List<GPoint> route = edge.getRoutingPoints();
        if (route.size() >= 2) {
            canvas.polyline(route.stream().map(p -> new double[] {p.getX(), p.getY()}).toList(), DiagramStyle.EDGE,
                    dashed);
            return;
        }
        double[] s = center(source);
        double[] t = center(target);
        double[] from = outline(source, t[0], t[1]);
        double[] to = outline(target, s[0], s[1]);
        canvas.line(from[0], from[1], to[0], to[1], DiagramStyle.EDGE, dashed, true);
    }

    private static double[] center(GBoundsAware shape) {
        return new double[] {shape.getPosition().getX() + shape.getSize().getWidth() / 2,
                shape.getPosition().getY() + shape.getSize().getHeight() / 2};
    }

    /** Where the line from the shape's centre towards {@code (px, py)} leaves the shape's rectangle. */
    private static double[] outline(GBoundsAware shape, double px, double py) {
        double[] c = center(shape);
        double dx = px - c[0];
        double dy = py - c[1];
        double halfWidth = shape.getSize().getWidth() / 2;
        double halfHeight = shape.getSize().getHeight() / 2;
        double scale = Math.min(dx == 0 ? Double.MAX_VALUE : halfWidth / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : halfHeight / Math.abs(dy));
        return scale == Double.MAX_VALUE ? c : new double[] {c[0] + dx * scale, c[1] + dy * scale};
    }
}
