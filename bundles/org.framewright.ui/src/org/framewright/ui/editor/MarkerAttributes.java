package org.framewright.ui.editor;

/** Attributes of Framewright problem markers that let the editor find the element a marker is about. */
public final class MarkerAttributes {

    /** The marker type of Framewright validation problems (a subtype of {@code org.eclipse.core.resources.problemmarker}). */
    public static final String PROBLEM = "org.framewright.ui.problem";

    /** The id of the model element the problem is about. */
    public static final String ELEMENT_ID = "elementId";

    /** The diagnostic code, {@code FW-<AREA>-<NN>}. */
    public static final String CODE = "code";

    private MarkerAttributes() {
    }
}
