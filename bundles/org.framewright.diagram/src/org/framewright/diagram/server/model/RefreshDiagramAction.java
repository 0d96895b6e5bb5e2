package org.framewright.diagram.server.model;

import org.eclipse.glsp.server.actions.Action;

/** Server-internal action: rebuild the GModel from the model and send it to the client. */
public class RefreshDiagramAction extends Action {

    /** The action kind. */
    public static final String KIND = "framewrightRefreshDiagram";

    /** Creates the action. */
    public RefreshDiagramAction() {
        super(KIND);
    }
}
