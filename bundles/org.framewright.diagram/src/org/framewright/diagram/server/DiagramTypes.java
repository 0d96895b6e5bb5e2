package org.framewright.diagram.server;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;

/**
 * GModel type ids shared by every Framewright diagram (labels, badges, lanes); each diagram adds its own in
 * {@code LogicModelTypes} or {@code StructureTypes}. Ids are hierarchical ({@code label:name}) so that the client can
 * style them by prefix.
 */
public final class DiagramTypes {

    /** The editable first line of a node's name. */
    public static final String NAME_LABEL = "label:name";
    /** A further line of a node's name. */
    public static final String TEXT_LABEL = "label:text";
    /** A small box naming an indicator attached to a node. */
    public static final String INDICATOR_BADGE = "node:badge:indicator";
    /** A small box on a node's corner counting the open review comments on its element. */
    public static final String COMMENT_BADGE = "node:badge:comments";
    /** The text of a badge. */
    public static final String BADGE_LABEL = "label:badge";

    private DiagramTypes() {
    }

    /** GLSP's default mappings plus the shared types; diagrams add theirs. */
    public static Map<String, EClass> sharedTypeMappings() {
        Map<String, EClass> mappings = new HashMap<>(DefaultTypes.getDefaultTypeMappings());
        mappings.put(NAME_LABEL, GraphPackage.Literals.GLABEL);
        mappings.put(TEXT_LABEL, GraphPackage.Literals.GLABEL);
        mappings.put(INDICATOR_BADGE, GraphPackage.Literals.GNODE);
        mappings.put(COMMENT_BADGE, GraphPackage.Literals.GNODE);
        mappings.put(BADGE_LABEL, GraphPackage.Literals.GLABEL);
        return mappings;
    }
}
