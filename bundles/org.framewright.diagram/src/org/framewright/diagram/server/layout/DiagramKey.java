package org.framewright.diagram.server.layout;

import org.framewright.diagram.server.logicmodel.LogicModelTypes;
import org.framewright.diagram.server.structure.StructureTypes;

/** Names of the diagrams of one file, as used in the layout file and in the GLSP model request. */
public final class DiagramKey {

    /** The key of the framework structure diagram. */
    public static final String STRUCTURE = "structure";

    private static final String LOGIC_MODEL_PREFIX = "logic-model/";

    private DiagramKey() {
    }

    /**
     * The key of the diagram of type {@code diagramType} opened on element {@code elementId} (null or blank: on the
     * framework). Framewright's own keep their keys ({@link #STRUCTURE}, {@link #logicModel}); a plugin's diagram
     * type is keyed by its id, followed by {@code /<elementId>} when it is opened on an element.
     */
    public static String of(String diagramType, String elementId) {
        boolean onElement = elementId != null && !elementId.isBlank();
        if (diagramType == null || diagramType.equals(StructureTypes.DIAGRAM_TYPE)
                || diagramType.equals(LogicModelTypes.DIAGRAM_TYPE)) {
            return onElement ? logicModel(elementId) : STRUCTURE;
        }
        return onElement ? diagramType + "/" + elementId : diagramType;
    }

    /** The key of the diagram of the logic model with id {@code logicModelId}. */
    public static String logicModel(String logicModelId) {
        return LOGIC_MODEL_PREFIX + logicModelId;
    }
}
