package org.framewright.diagram.server.filter;

import org.eclipse.glsp.server.actions.Action;

/** Client request to switch one {@link DiagramFilter} on or off; the diagram is rebuilt and sent again. */
public class ToggleFilterAction extends Action {

    /** The action kind. */
    public static final String KIND = "framewrightToggleFilter";

    private String filter;
    private boolean active;

    /** Creates an empty action (for JSON). */
    public ToggleFilterAction() {
        super(KIND);
    }

    /** Creates an action that sets {@code filter} to {@code active}. */
    public ToggleFilterAction(DiagramFilter filter, boolean active) {
        this();
        this.filter = filter.name();
        this.active = active;
    }

    /** The filter's name (a {@link DiagramFilter} constant). */
    public String getFilter() {
        return filter;
    }

    /** Whether the filter is to be on. */
    public boolean isActive() {
        return active;
    }
}
