package org.framewright.diagram.server.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each edge leaves its source and enters its target: the sides facing each other ({@link Side#facing}), and
 * on each side the attachment points spread evenly, ordered by where the other ends lie so that edges do not cross
 * at the box. In a tree drawn top down a parent's edges to its children all leave the middle of its bottom side,
 * so that they share one trunk (a bus, as org charts are drawn).
 */
final class EdgeEnds {

    /** One edge's ends: source box, side and point; target box, side and point. */
    static final class Ends {
        final RouteBox source;
        final RouteBox target;
        final Side sourceSide;
        final Side targetSide;
        double[] from;
        double[] to;

        Ends(RouteBox source, RouteBox target, Side[] sides) {
            this.source = source;
            this.target = target;
            this.sourceSide = sides[0];
            this.targetSide = sides[1];
        }

        /** Whether this edge hangs from its parent's bus (a tree's parent-to-child edge). */
        boolean onBus(LayoutStyle style) {
            return style == LayoutStyle.TREE_TOP_DOWN && sourceSide == Side.BOTTOM;
        }
    }

    private record Attachment(Ends ends, boolean atSource) {
        RouteBox box() {
            return atSource ? ends.source : ends.target;
        }

        RouteBox other() {
            return atSource ? ends.target : ends.source;
        }

        Side side() {
            return atSource ? ends.sourceSide : ends.targetSide;
        }

        void place(double[] point) {
            if (atSource) {
                ends.from = point;
            } else {
                ends.to = point;
            }
        }
    }

    private EdgeEnds() {
    }

    /** Sets the attachment points of every edge in {@code ends} (each with its sides chosen). */
    static void attach(List<Ends> ends, LayoutStyle style) {
        Map<String, List<Attachment>> bySide = new HashMap<>();
        for (Ends edge : ends) {
            for (Attachment attachment : List.of(new Attachment(edge, true), new Attachment(edge, false))) {
                if (attachment.atSource() && edge.onBus(style)) {
                    edge.from = Side.BOTTOM.point(edge.source, 0.5);
                } else {
                    bySide.computeIfAbsent(attachment.box().id() + "/" + attachment.side(), key -> new ArrayList<>())
                            .add(attachment);
                }
            }
        }
        for (List<Attachment> attachments : bySide.values()) {
            attachments.sort(Comparator.comparingDouble((Attachment a) -> a.side().vertical()
                    ? a.other().centerY() : a.other().centerX()).thenComparing(a -> a.other().id()));
            for (int k = 0; k < attachments.size(); k++) {
                Attachment attachment = attachments.get(k);
                attachment.place(attachment.side().point(attachment.box(), (k + 1.0) / (attachments.size() + 1)));
            }
        }
    }
}
