package org.framewright.diagram.server.model;

import java.util.List;

import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.framewright.diagram.server.DiagramTypes;
import org.framewright.model.Indicator;
import org.framewright.model.ModelElement;

/**
 * Builds the box of a model element: the name wrapped into lines (the first is the editable {@code label:name}),
 * and optionally one badge per attached indicator. Sizes are computed here, because ELK needs them before the client
 * has drawn anything. Ids: the element's id for the node, {@code <id>_name}, {@code <id>_line<n>},
 * {@code <id>_ind_<indicatorId>}.
 */
public final class NodeShapes {

    /** Width of a box. */
    public static final double WIDTH = 210;
    private static final int CHARS_PER_LINE = 27;
    private static final int MAX_LINES = 4;
    private static final double LINE_HEIGHT = 16;
    private static final double PADDING = 10;
    private static final double BADGE_HEIGHT = 18;
    private static final double BADGE_GAP = 4;
    private static final double BADGE_CHAR_WIDTH = 7;
    /** Suffix of the editable name label's id. */
    public static final String NAME_SUFFIX = "_name";

    private NodeShapes() {
    }

    /** The box of {@code element} with type {@code type}, CSS classes and badges for {@code indicators}. */
    public static GNode box(ModelElement element, String type, List<String> cssClasses, List<Indicator> indicators) {
        return box(element, element.getName(), type, cssClasses, indicators);
    }

    /** As {@link #box(ModelElement, String, List, List)}, showing {@code text} instead of the element's name. */
    public static GNode box(ModelElement element, String text, String type, List<String> cssClasses,
            List<Indicator> indicators) {
        return box(element.getId(), text, type, cssClasses, indicators);
    }

    /**
     * The box with GModel id {@code id} showing {@code text}, for what has no model element of its own in the shown
     * file (e.g. an indicator of the framework a revision is based on).
     */
    public static GNode box(String id, String text, String type, List<String> cssClasses, List<Indicator> indicators) {
        GNodeBuilder node = new GNodeBuilder(type).id(id).addCssClasses(cssClasses);
        List<String> lines = TextLines.wrap(text, CHARS_PER_LINE, MAX_LINES);
        double y = PADDING;
        for (int i = 0; i < lines.size(); i++) {
            y += LINE_HEIGHT;
            node.add(label(i == 0 ? id + NAME_SUFFIX : id + "_line" + i,
                    i == 0 ? DiagramTypes.NAME_LABEL : DiagramTypes.TEXT_LABEL, lines.get(i), PADDING, y - 4));
        }
        y += indicators.isEmpty() ? PADDING : PADDING / 2;
        double x = PADDING;
        for (Indicator indicator : indicators) {
            String badgeText = IndicatorStyle.idWithPolarity(indicator);
            double width = badgeText.length() * BADGE_CHAR_WIDTH + 10;
            if (x + width > WIDTH - PADDING && x > PADDING) {
                x = PADDING;
                y += BADGE_HEIGHT + BADGE_GAP;
            }
            node.add(new GNodeBuilder(DiagramTypes.INDICATOR_BADGE).id(id + "_ind_" + indicator.getId())
                    .addCssClass("fw-badge").addCssClasses(IndicatorStyle.cssClasses(indicator))
                    .position(x, y).size(width, BADGE_HEIGHT)
                    .add(label(id + "_ind_" + indicator.getId() + "_label", DiagramTypes.BADGE_LABEL, badgeText, 5, 13))
                    .build());
            x += width + BADGE_GAP;
        }
        if (!indicators.isEmpty()) {
            y += BADGE_HEIGHT + PADDING;
        }
        return node.size(WIDTH, y).position(GraphUtil.point(0, 0)).build();
    }

    /** A label at {@code (x, y)} (its text baseline). */
    public static GLabel label(String id, String type, String text, double x, double y) {
        return new GLabelBuilder(type).id(id).text(text).position(x, y).build();
    }

    /** The model element id of a node or of its name label ({@code <id>_name}). */
    public static String elementIdOf(String gmodelId) {
        return gmodelId.endsWith(NAME_SUFFIX) ? gmodelId.substring(0, gmodelId.length() - NAME_SUFFIX.length())
                : gmodelId;
    }
}
