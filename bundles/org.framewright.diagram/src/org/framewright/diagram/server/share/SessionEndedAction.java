package org.framewright.diagram.server.share;

import org.eclipse.glsp.server.actions.Action;

/**
 * Server to client: the host ended the shared session (End Session, or closed the diagram). The participant's page
 * says "Session ended" and takes no more edits; the connection closes right after.
 */
public class SessionEndedAction extends Action {

    /** The action kind. */
    public static final String KIND = "framewrightSessionEnded";

    /** Creates the action. */
    public SessionEndedAction() {
        super(KIND);
    }
}
