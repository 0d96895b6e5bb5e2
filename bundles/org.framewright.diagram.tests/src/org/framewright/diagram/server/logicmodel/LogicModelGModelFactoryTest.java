package org.framewright.diagram.server.logicmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.glsp.graph.GBoundsAware;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.framewright.diagram.server.DiagramSession;
import org.framewright.diagram.server.DiagramTypes;
import org.framewright.diagram.server.filter.DiagramFilter;
import org.framewright.diagram.server.filter.ToggleFilterAction;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.LeadsTo;
import org.framewright.model.LogicElement;
import org.framewright.model.LogicElementKind;
import org.framewright.model.LogicModel;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The EMF -> GModel mapping of logic models, on every logic model of the ADASS 2020 Option Two sample. */
public class LogicModelGModelFactoryTest {

    public static final String OPTION_TWO = "adass-2020-option-two.framework";

    @TempDir
    Path folder;

    static Stream<String> optionTwoLogicModels() throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework(OPTION_TWO));
        List<String> ids = allAreas(framework).map(Area::getLogicModel).filter(lm -> lm != null).map(LogicModel::getId).toList();
        assertEquals(12, ids.size(), "Option Two has 12 logic models");
        return ids.stream();
    }

    public static Stream<Area> allAreas(Framework framework) {
        return framework.getAreas().stream().flatMap(LogicModelGModelFactoryTest::withChildren);
    }

    private static Stream<Area> withChildren(Area area) {
        return Stream.concat(Stream.of(area), area.getChildren().stream().flatMap(LogicModelGModelFactoryTest::withChildren));
    }

    @ParameterizedTest
    @MethodSource("optionTwoLogicModels")
    void everyElementIsATypedBoxInItsLaneWithItsIndicatorsAndEveryLinkAnEdge(String logicModelId) throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample(OPTION_TWO, folder, logicModelId)) {
            LogicModel logicModel = (LogicModel) diagram.state().semanticElement(logicModelId).orElseThrow();
            List<GNode> boxes = diagram.nodes(LogicModelTypes.ELEMENT_PREFIX);
            assertEquals(logicModel.getElements().size(), boxes.size());
            for (LogicElement element : logicModel.getElements()) {
                GNode box = (GNode) diagram.element(element.getId());
                assertEquals(LogicModelTypes.element(element.getKind()), box.getType());
                GNode lane = (GNode) diagram.element("lane_" + element.getKind().getName());
                assertTrue(inside(box, lane), element.getId() + " lies in the " + element.getKind() + " lane");
                Set<String> badges = box.getChildren().stream().filter(c -> c.getType().equals(DiagramTypes.INDICATOR_BADGE))
                        .map(c -> ((GLabel) c.getChildren().get(0)).getText()).collect(Collectors.toSet());
                assertEquals(element.getIndicators().stream().map(i -> i.getId()).collect(Collectors.toSet()), badges);
                String firstLine = ((GLabel) diagram.element(element.getId() + "_name")).getText();
                String shownPrefix = firstLine.split("…")[0];
                assertTrue(element.getName().replaceAll("\\s+", " ").startsWith(shownPrefix), firstLine);
            }
            List<GEdge> edges = diagram.graph().getChildren().stream().filter(GEdge.class::isInstance)
                    .map(GEdge.class::cast).toList();
            assertEquals(logicModel.getLinks().size(), edges.size());
            for (LeadsTo link : logicModel.getLinks()) {
                GEdge edge = (GEdge) diagram.element(link.getId());
                assertEquals(link.getSource().getId(), edge.getSourceId());
                assertEquals(link.getTarget().getId(), edge.getTargetId());
            }
            assertEquals(6, diagram.nodes(LogicModelTypes.LANE).size());
            assertNoOverlap(boxes);
        }
    }

    @Test
    void filtersHideAssumptionsAndIndicators() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample(OPTION_TWO, folder, "CA1-LM")) {
            assertTrue(diagram.state().getIndex().get("CA1-el-AP").isPresent());
            assertTrue(diagram.state().getIndex().get("CA1-el-A01b_ind_A01b").isPresent());

            diagram.dispatch(new ToggleFilterAction(DiagramFilter.HIDE_ASSUMPTIONS, true));
            assertFalse(diagram.state().getIndex().get("CA1-el-AP").isPresent());
            assertFalse(diagram.state().getIndex().get("CA1-lk-1").isPresent(), "links of hidden elements go too");
            assertEquals(5, diagram.nodes(LogicModelTypes.LANE).size());

            diagram.dispatch(new ToggleFilterAction(DiagramFilter.HIDE_INDICATORS, true));
            assertFalse(diagram.state().getIndex().get("CA1-el-A01b_ind_A01b").isPresent());

            diagram.dispatch(new ToggleFilterAction(DiagramFilter.HIDE_ASSUMPTIONS, false));
            assertTrue(diagram.state().getIndex().get("CA1-el-AP").isPresent());
        }
    }

    @Test
    void lanesAreOrderedLeftToRightByKind() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample(OPTION_TWO, folder, "CA1-LM")) {
            double previous = -1;
            for (LogicElementKind kind : LogicElementKind.VALUES) {
                double x = ((GNode) diagram.element("lane_" + kind.getName())).getPosition().getX();
                assertTrue(x > previous, kind + " lane right of the previous one");
                previous = x;
            }
        }
    }

    static boolean inside(GBoundsAware box, GBoundsAware lane) {
        double x = box.getPosition().getX();
        double y = box.getPosition().getY();
        return x >= lane.getPosition().getX() && y >= lane.getPosition().getY()
                && x + box.getSize().getWidth() <= lane.getPosition().getX() + lane.getSize().getWidth()
                && y + box.getSize().getHeight() <= lane.getPosition().getY() + lane.getSize().getHeight();
    }

    static void assertNoOverlap(List<GNode> boxes) {
        for (GNode a : boxes) {
            for (GNode b : boxes) {
                if (a != b) {
                    boolean apart = a.getPosition().getX() + a.getSize().getWidth() <= b.getPosition().getX()
                            || b.getPosition().getX() + b.getSize().getWidth() <= a.getPosition().getX()
                            || a.getPosition().getY() + a.getSize().getHeight() <= b.getPosition().getY()
                            || b.getPosition().getY() + b.getSize().getHeight() <= a.getPosition().getY();
                    assertTrue(apart, a.getId() + " overlaps " + b.getId());
                }
            }
        }
    }
}
