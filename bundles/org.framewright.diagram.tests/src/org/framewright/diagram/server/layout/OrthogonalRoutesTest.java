package org.framewright.diagram.server.layout;

import static org.framewright.diagram.server.layout.RouteAssertions.assertOrthogonal;
import static org.framewright.diagram.server.layout.RouteAssertions.boxes;
import static org.framewright.diagram.server.layout.RouteAssertions.edges;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.framewright.diagram.server.DiagramSession;
import org.framewright.diagram.server.filter.DiagramFilter;
import org.framewright.diagram.server.filter.ToggleFilterAction;
import org.framewright.diagram.server.structure.StructureGModelFactory;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The orthogonal edge routes ({@link OrthogonalRouter}) on every diagram of every sample, after a move, and on random
 * sets of boxes: every segment horizontal or vertical, none through a box, every route from the source's outline to
 * the target's, and no node moved by routing.
 */
public class OrthogonalRoutesTest {

    private static final String OPTION_TWO = "adass-2020-option-two.framework";

    @TempDir
    Path folder;

    static Stream<Arguments> sampleDiagrams() throws Exception {
        List<Arguments> diagrams = new ArrayList<>();
        for (String file : Samples.FRAMEWORKS) {
            diagrams.add(Arguments.of(file, null));
            Framework framework = FrameworkFiles.loadFramework(Samples.framework(file));
            for (Area area : StructureGModelFactory.allAreas(framework)) {
                if (area.getLogicModel() != null) {
                    diagrams.add(Arguments.of(file, area.getLogicModel().getId()));
                }
            }
        }
        return diagrams.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sampleDiagrams")
    void everyEdgeOfEverySampleDiagramIsRoutedOrthogonallyAroundTheBoxes(String file, String logicModel)
            throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample(file, folder, logicModel)) {
            assertOrthogonal(file + " " + logicModel, boxes(diagram.graph()), edges(diagram.graph()), false);
            if (logicModel == null) {
                diagram.dispatch(new ToggleFilterAction(DiagramFilter.SHOW_CLASSIFICATIONS, true));
                assertOrthogonal(file + " with classifications", boxes(diagram.graph()), edges(diagram.graph()), false);
            }
        }
    }

    @Test
    void movingABoxReroutesItsEdgesAroundTheOthersAndMovesNoOtherBox() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample(OPTION_TWO, folder, "CA1-LM")) {
            Map<String, GPoint> before = positions(boxes(diagram.graph()));
            GNode moved = (GNode) diagram.element("CA1-el-AP");
            // from the first lane to the right of the last: its edges must now find their way back through the lanes
            double x = boxes(diagram.graph()).stream()
                    .mapToDouble(n -> n.getPosition().getX() + n.getSize().getWidth()).max().orElseThrow() + 60;
            double y = moved.getPosition().getY() + 30;
            ElementAndBounds bounds = new ElementAndBounds();
            bounds.setElementId(moved.getId());
            bounds.setNewPosition(GraphUtil.point(x, y));
            diagram.dispatch(new ChangeBoundsOperation(List.of(bounds)));

            Map<String, GPoint> after = positions(boxes(diagram.graph()));
            before.forEach((id, position) -> {
                if (!id.equals(moved.getId())) {
                    assertEquals(position.getX(), after.get(id).getX(), id + " did not move");
                    assertEquals(position.getY(), after.get(id).getY(), id + " did not move");
                }
            });
            assertEquals(x, after.get(moved.getId()).getX());
            assertOrthogonal("after the move", boxes(diagram.graph()), edges(diagram.graph()), false);
            assertTrue(edges(diagram.graph()).stream().anyMatch(e -> e.getSourceId().equals(moved.getId())
                    || e.getTargetId().equals(moved.getId())), "the moved box has edges");
        }
    }

    @Test
    void aParentsChildrenHangFromOneBus() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample(OPTION_TWO, folder, null)) {
            Map<String, List<GEdge>> byParent = new HashMap<>();
            edges(diagram.graph()).forEach(e -> byParent.computeIfAbsent(e.getSourceId(), k -> new ArrayList<>()).add(e));
            int buses = 0;
            for (List<GEdge> children : byParent.values()) {
                if (children.size() < 2) {
                    continue;
                }
                GPoint start = children.get(0).getRoutingPoints().get(0);
                Set<Double> trunks = new HashSet<>();
                for (GEdge child : children) {
                    GPoint first = child.getRoutingPoints().get(0);
                    assertEquals(start.getX(), first.getX(), child.getId() + " leaves from the parent's bus");
                    assertEquals(start.getY(), first.getY(), child.getId() + " leaves from the parent's bus");
                    if (child.getRoutingPoints().size() == 4) {
                        trunks.add(child.getRoutingPoints().get(1).getY());
                    }
                }
                assertTrue(trunks.size() <= 1, "one trunk per parent: " + trunks);
                buses++;
            }
            assertTrue(buses >= 10, "the areas with several children drawn: " + buses);
        }
    }

    /**
     * In a logic model the vertical part of a link runs in the middle of the gap between the lanes it crosses (moved
     * apart from its neighbours there by at most half the nudger's spread), not against the target's lane.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sampleDiagrams")
    void chainsRunTheirVerticalPartsInTheMiddleOfTheGapBetweenLanes(String file, String logicModel) throws Exception {
        if (logicModel == null) {
            return; // the structure diagram is a tree, drawn top down with buses
        }
        int checked = 0;
        try (DiagramSession diagram = DiagramSession.openSample(file, folder, logicModel)) {
            List<GNode> boxes = boxes(diagram.graph());
            for (GEdge edge : edges(diagram.graph())) {
                List<GPoint> route = edge.getRoutingPoints();
                for (int k = 1; k + 2 < route.size(); k++) {
                    double x = route.get(k).getX();
                    if (x != route.get(k + 1).getX()) {
                        continue;
                    }
                    double left = boxes.stream().mapToDouble(b -> b.getPosition().getX() + b.getSize().getWidth())
                            .filter(right -> right <= x).max().orElseThrow();
                    double right = boxes.stream().mapToDouble(b -> b.getPosition().getX()).filter(l -> l >= x).min()
                            .orElseThrow();
                    assertEquals((left + right) / 2, x, 15.5, file + " " + edge.getId() + "'s vertical part lies in the"
                            + " middle of the gap " + left + "-" + right + ": " + RouteAssertions.describe(route));
                    checked++;
                }
            }
        }
        if (OPTION_TWO.equals(file) && "CA1-LM".equals(logicModel)) {
            assertTrue(checked >= 3, "area 1's links bend between the lanes: " + checked);
        }
    }

    @Test
    void chainsSpreadTheEndsOnASideAndKeepParallelSegmentsApart() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample(OPTION_TWO, folder, "CA1-LM")) {
            List<GEdge> edges = edges(diagram.graph());
            Set<String> ends = new HashSet<>();
            for (GEdge edge : edges) {
                List<GPoint> route = edge.getRoutingPoints();
                assertTrue(ends.add(edge.getSourceId() + key(route.get(0))), edge.getId() + " has an end of its own");
                assertTrue(ends.add(edge.getTargetId() + key(route.get(route.size() - 1))),
                        edge.getId() + " has an end of its own");
            }
            for (int i = 0; i < edges.size(); i++) {
                for (int j = i + 1; j < edges.size(); j++) {
                    assertFalse(shareAStretch(edges.get(i).getRoutingPoints(), edges.get(j).getRoutingPoints()),
                            edges.get(i).getId() + " and " + edges.get(j).getId() + " run on one line: "
                                    + RouteAssertions.describe(edges.get(i).getRoutingPoints()) + " / "
                                    + RouteAssertions.describe(edges.get(j).getRoutingPoints()));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void randomBoxesAreNeverMovedAndEveryRouteAvoidsThem(long seed) {
        Random random = new Random(seed);
        List<GNode> nodes = new ArrayList<>();
        while (nodes.size() < 40) {
            GNode node = new GNodeBuilder("node:test").id("n" + nodes.size())
                    .position(random.nextInt(1400), random.nextInt(1000))
                    .size(60 + random.nextInt(160), 30 + random.nextInt(70)).build();
            if (nodes.stream().noneMatch(other -> apart(node, other) < 24)) {
                nodes.add(node);
            }
        }
        List<GEdge> edges = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            int source = random.nextInt(nodes.size());
            int target = (source + 1 + random.nextInt(nodes.size() - 1)) % nodes.size();
            edges.add(new GEdgeBuilder("edge:test").id("e" + k).sourceId("n" + source).targetId("n" + target).build());
        }
        Map<String, GPoint> before = positions(nodes);
        LayoutStyle style = seed % 2 == 0 ? LayoutStyle.TREE_TOP_DOWN : LayoutStyle.CHAINS_LEFT_TO_RIGHT;
        OrthogonalRouter.route(nodes, edges, style);
        assertEquals(describe(before), describe(positions(nodes)), "routing moves no box");
        assertOrthogonal("seed " + seed + " " + style, nodes, edges, false);
    }

    @Test
    void aBoxWalledInHasItsEdgesDrawnStraight() {
        List<GNode> nodes = new ArrayList<>(List.of(box("inside", 200, 200, 100, 50), box("left", 100, 150, 100, 150),
                box("right", 300, 150, 100, 150), box("top", 200, 150, 100, 50), box("bottom", 200, 250, 100, 50),
                box("outside", 600, 200, 100, 50)));
        List<GEdge> edges = List.of(new GEdgeBuilder("edge:test").id("in").sourceId("outside").targetId("inside").build(),
                new GEdgeBuilder("edge:test").id("out").sourceId("outside").targetId("right").build());
        OrthogonalRouter.route(nodes, edges, LayoutStyle.CHAINS_LEFT_TO_RIGHT);
        assertTrue(edges.get(0).getRoutingPoints().isEmpty(), "no way in: drawn straight");
        assertOrthogonal("walled in", nodes, edges.subList(1, 2), false);
    }

    private static GNode box(String id, double x, double y, double width, double height) {
        return new GNodeBuilder("node:test").id(id).position(x, y).size(width, height).build();
    }

    /** The gap between two boxes (negative when they overlap), the larger of the horizontal and vertical gaps. */
    private static double apart(GNode a, GNode b) {
        double gapX = Math.max(b.getPosition().getX() - a.getPosition().getX() - a.getSize().getWidth(),
                a.getPosition().getX() - b.getPosition().getX() - b.getSize().getWidth());
        double gapY = Math.max(b.getPosition().getY() - a.getPosition().getY() - a.getSize().getHeight(),
                a.getPosition().getY() - b.getPosition().getY() - b.getSize().getHeight());
        return Math.max(gapX, gapY);
    }

    private static Map<String, GPoint> positions(List<GNode> nodes) {
        Map<String, GPoint> positions = new TreeMap<>();
        nodes.forEach(node -> positions.put(node.getId(),
                GraphUtil.point(node.getPosition().getX(), node.getPosition().getY())));
        return positions;
    }

    private static String describe(Map<String, GPoint> positions) {
        StringBuilder text = new StringBuilder();
        positions.forEach((id, p) -> text.append(id).append(key(p)).append(' '));
        return text.toString();
    }

    private static String key(GPoint point) {
        return String.format("@%.2f,%.2f", point.getX(), point.getY());
    }

    /** Whether two routes have collinear segments overlapping by more than a pixel. */
    private static boolean shareAStretch(List<GPoint> a, List<GPoint> b) {
        for (int i = 0; i + 1 < a.size(); i++) {
            for (int j = 0; j + 1 < b.size(); j++) {
                if (overlapOnALine(a.get(i), a.get(i + 1), b.get(j), b.get(j + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlapOnALine(GPoint a1, GPoint a2, GPoint b1, GPoint b2) {
        boolean vertical = a1.getX() == a2.getX() && b1.getX() == b2.getX() && a1.getX() == b1.getX();
        boolean horizontal = a1.getY() == a2.getY() && b1.getY() == b2.getY() && a1.getY() == b1.getY();
        if (vertical) {
            return Math.min(Math.max(a1.getY(), a2.getY()), Math.max(b1.getY(), b2.getY()))
                    - Math.max(Math.min(a1.getY(), a2.getY()), Math.min(b1.getY(), b2.getY())) > 1;
        }
        if (horizontal) {
            return Math.min(Math.max(a1.getX(), a2.getX()), Math.max(b1.getX(), b2.getX()))
                    - Math.max(Math.min(a1.getX(), a2.getX()), Math.min(b1.getX(), b2.getX())) > 1;
        }
        return false;
    }
}
