package org.framewright.diagram.server.share;

/** How participants of a shared diagram are named in the command labels ("Move (Alice)") and the presence marks. */
public enum NamePolicy {

    /** Each participant gives a name when joining (a blank name becomes "Participant N"). */
    ASK("Participants give their name"),
    /** Names given are ignored; participants are numbered as they join: "Participant 1", "Participant 2", ... */
    NUMBERED("Anonymous: Participant 1, 2, ...");

    private final String label;

    NamePolicy(String label) {
        this.label = label;
    }

    /** What the Share dialog shows. */
    public String label() {
        return label;
    }
}
