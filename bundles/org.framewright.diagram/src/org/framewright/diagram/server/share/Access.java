package org.framewright.diagram.server.share;

/** What a link of a shared diagram lets its holder do; each has its own token and paths. */
public enum Access {

    /** See the diagram and every change; edits are refused. */
    VIEW,
    /** See the diagram and edit it (through the host's command stack). */
    EDIT;

    /** The path segment of the link and of the websocket endpoint: {@code view} or {@code edit}. */
    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
