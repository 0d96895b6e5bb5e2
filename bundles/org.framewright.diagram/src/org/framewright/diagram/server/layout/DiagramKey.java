package org.framewright.diagram.server.layout;

/** Names of the diagrams of one file, as used in the layout file and in the GLSP model request. */
public final class DiagramKey {

    /** The key of the framework structure diagram. */
    public static final String STRUCTURE = "structure";

    private static final String LOGIC_MODEL_PREFIX = "logic-model/";

    private DiagramKey() {
    }

    /** The key of the diagram of the logic model with id {@code logicModelId}. */
    public static String logicModel(String logicModelId) {
        return LOGIC_MODEL_PREFIX + logicModelId;
    }
}
