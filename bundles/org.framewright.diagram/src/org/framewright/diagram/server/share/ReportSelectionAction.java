package org.framewright.diagram.server.share;

import java.util.List;

/** Client to server: a participant's browser selected {@code elementIds} (shown to the others as presence). */
public class ReportSelectionAction extends org.eclipse.glsp.server.actions.Action {

    /** The action kind. */
    public static final String KIND = "framewrightReportSelection";

    private List<String> elementIds;

    /** Creates an empty action (for JSON). */
    public ReportSelectionAction() {
        super(KIND);
    }

    /** Creates the action for {@code ids}. */
    public ReportSelectionAction(List<String> ids) {
        this();
        this.elementIds = List.copyOf(ids);
    }

    /** The selected GModel ids. */
    public List<String> getElementIds() {
        return elementIds == null ? List.of() : elementIds;
    }
}
