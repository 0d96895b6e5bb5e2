package org.framewright.diagram.server.logicmodel;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.GraphPackage;
import org.framewright.diagram.server.DiagramTypes;
import org.framewright.model.LogicElementKind;

/** GModel type ids of the logic model diagram. */
public final class LogicModelTypes {

    /** The diagram type (GLSP's diagramType). */
    public static final String DIAGRAM_TYPE = "framewright-logic-model";
    /** Prefix of a logic element box; the kind's name follows ({@code node:logic-element:input}). */
    public static final String ELEMENT_PREFIX = "node:logic-element:";
    /** A column behind the elements of one kind. */
    public static final String LANE = "node:lane";
    /** The heading of a lane. */
    public static final String LANE_LABEL = "label:lane";
    /** A leads-to link (if source then target). */
    public static final String LEADS_TO = "edge:leads-to";

    private LogicModelTypes() {
    }

    /** The type of a box of {@code kind}. */
    public static String element(LogicElementKind kind) {
        return ELEMENT_PREFIX + kind.getName();
    }

    /** The kind a box type stands for, or null. */
    public static LogicElementKind kindOf(String type) {
        return type != null && type.startsWith(ELEMENT_PREFIX)
                ? LogicElementKind.getByName(type.substring(ELEMENT_PREFIX.length())) : null;
    }

    /** Type to GModel class mappings of this diagram. */
    public static Map<String, EClass> typeMappings() {
        Map<String, EClass> mappings = DiagramTypes.sharedTypeMappings();
        for (LogicElementKind kind : LogicElementKind.VALUES) {
            mappings.put(element(kind), GraphPackage.Literals.GNODE);
        }
        mappings.put(LANE, GraphPackage.Literals.GNODE);
        mappings.put(LANE_LABEL, GraphPackage.Literals.GLABEL);
        mappings.put(LEADS_TO, GraphPackage.Literals.GEDGE);
        return mappings;
    }
}
