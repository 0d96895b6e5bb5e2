package org.framewright.diagram.server.structure;

import java.util.List;

import org.eclipse.glsp.server.actions.Action;

/**
 * Client request to collapse (hide the children of) or expand areas of the structure diagram: the areas named, or,
 * with no ids, every area that has children ("Collapse All" / "Expand All").
 */
public class CollapseAction extends Action {

    /** The action kind. */
    public static final String KIND = "framewrightCollapse";

    private List<String> elementIds = List.of();
    private boolean collapsed;

    /** Creates an empty action (for JSON). */
    public CollapseAction() {
        super(KIND);
    }

    /** Creates an action that collapses ({@code collapsed} true) or expands the areas {@code elementIds} (all if empty). */
    public CollapseAction(List<String> elementIds, boolean collapsed) {
        this();
        this.elementIds = List.copyOf(elementIds);
        this.collapsed = collapsed;
    }

    /** The ids of the areas; empty for every area with children. */
    public List<String> getElementIds() {
        return elementIds == null ? List.of() : elementIds;
    }

    /** Whether the areas are to be collapsed (else expanded). */
    public boolean isCollapsed() {
        return collapsed;
    }
}
