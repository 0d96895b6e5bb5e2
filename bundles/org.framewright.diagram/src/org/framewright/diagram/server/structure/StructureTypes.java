package org.framewright.diagram.server.structure;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.GraphPackage;
import org.framewright.diagram.server.DiagramTypes;

/** GModel type ids of the framework structure diagram. */
public final class StructureTypes {

    /** The diagram type (GLSP's diagramType). */
    public static final String DIAGRAM_TYPE = "framewright-structure";
    /** An area of the structure tree. */
    public static final String AREA = "node:area";
    /** An I / We statement of an area. */
    public static final String STATEMENT = "node:statement";
    /** An indicator reported under an area. */
    public static final String INDICATOR = "node:indicator";
    /** An evidence item, best-practice line, guidance document or descriptor of a quality statement. */
    public static final String EVIDENCE_ITEM = "node:evidence-item";
    /** A group of a cross-cutting classification (e.g. a CQC key question); shown in the classification layer. */
    public static final String CLASSIFICATION_GROUP = "node:classification-group";
    /** Parent area to child area, statement or indicator. */
    public static final String CONTAINS = "edge:contains";
    /** Classification group to a member area (classification layer). */
    public static final String CLASSIFIES = "edge:classifies";
    /** The GModel argument of an area node naming its logic model's id (for drill-down). */
    public static final String LOGIC_MODEL_ARGUMENT = "logicModel";
    /**
     * The GModel argument of an area node that has children (areas, statements, indicators): "expanded" or
     * "collapsed" (the client draws a +/- toggle from it); absent on an area without children.
     */
    public static final String COLLAPSE_ARGUMENT = "collapse";
    /** The value of {@link #COLLAPSE_ARGUMENT} of an area whose children are shown. */
    public static final String EXPANDED = "expanded";
    /** The value of {@link #COLLAPSE_ARGUMENT} of an area whose children are hidden. */
    public static final String COLLAPSED = "collapsed";

    private StructureTypes() {
    }

    /** Type to GModel class mappings of this diagram. */
    public static Map<String, EClass> typeMappings() {
        Map<String, EClass> mappings = DiagramTypes.sharedTypeMappings();
        for (String node : new String[] {AREA, STATEMENT, INDICATOR, EVIDENCE_ITEM, CLASSIFICATION_GROUP}) {
            mappings.put(node, GraphPackage.Literals.GNODE);
        }
        mappings.put(CONTAINS, GraphPackage.Literals.GEDGE);
        mappings.put(CLASSIFIES, GraphPackage.Literals.GEDGE);
        return mappings;
    }
}
