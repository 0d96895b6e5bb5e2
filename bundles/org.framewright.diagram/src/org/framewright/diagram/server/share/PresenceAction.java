package org.framewright.diagram.server.share;

import java.util.List;

import org.eclipse.glsp.server.actions.Action;

/**
 * Server to client: who of a shared diagram's participants has selected what, sent to every client of the document
 * whenever a selection changes or a participant comes or goes; the client outlines each mark in its colour, with the
 * participant's name.
 */
public class PresenceAction extends Action {

    /** The action kind. */
    public static final String KIND = "framewrightPresence";

    /**
     * One participant's selection.
     *
     * @param name the participant's name
     * @param colour a CSS colour, one per participant
     * @param elementIds the GModel ids selected
     */
    public record Mark(String name, String colour, List<String> elementIds) {
    }

    private List<Mark> marks;

    /** Creates an empty action (for JSON). */
    public PresenceAction() {
        super(KIND);
    }

    /** Creates the action for {@code marks}. */
    public PresenceAction(List<Mark> marks) {
        this();
        this.marks = List.copyOf(marks);
    }

    /** The participants' selections. */
    public List<Mark> getMarks() {
        return marks;
    }
}
