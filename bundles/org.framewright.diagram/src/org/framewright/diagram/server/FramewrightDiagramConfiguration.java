package org.framewright.diagram.server;

import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;

/**
 * What every Framewright diagram configuration shares: the server places every node (ELK, lanes and the positions
 * the user set, kept in the layout file), so the client neither lays out nor asks for a layout.
 */
public abstract class FramewrightDiagramConfiguration extends BaseDiagramConfiguration {

    @Override
    public ServerLayoutKind getLayoutKind() {
        return ServerLayoutKind.MANUAL;
    }

    @Override
    public boolean needsClientLayout() {
        return false;
    }
}
