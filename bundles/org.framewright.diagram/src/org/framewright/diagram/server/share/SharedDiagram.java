package org.framewright.diagram.server.share;

import java.util.Objects;
import java.util.function.IntSupplier;

import org.framewright.diagram.server.document.DiagramDocument;

/**
 * What every GLSP session opened through one link of a {@link ShareSession} is bound to: the host's document and
 * diagram (whatever file the client names), the link's {@link Access}, and how participants are named. Bound into the
 * sessions' injectors by {@link ShareSession}.
 *
 * @param document the host's open document (its command stack is the one every participant edits through)
 * @param diagramKey the layout key of the shared diagram
 * @param element the logic model shown, or null for the structure diagram
 * @param access what the link allows
 * @param names how participants are named
 * @param numbers gives the next participant number (shared by both links of a session)
 * @param end the participants' sessions, told when the host ends the session (shared by both links)
 */
public record SharedDiagram(DiagramDocument document, String diagramKey, String element, Access access,
        NamePolicy names, IntSupplier numbers, SessionEnd end) {

    /** The longest participant name kept (longer ones are cut). */
    public static final int MAX_NAME = 40;

    /** Checks the parts. */
    public SharedDiagram {
        Objects.requireNonNull(document);
        Objects.requireNonNull(diagramKey);
        Objects.requireNonNull(access);
        Objects.requireNonNull(names);
        Objects.requireNonNull(numbers);
        Objects.requireNonNull(end);
    }

    /** True when participants of this link may change the model. */
    public boolean editable() {
        return access == Access.EDIT;
    }

    /**
     * The name of a participant who asked for {@code requested} (possibly null): under {@link NamePolicy#ASK} the name
     * given (one line, trimmed, at most {@value #MAX_NAME} characters), else and when blank "Participant N".
     */
    public String participantName(String requested) {
        String name = requested == null ? "" : requested.replaceAll("\\p{Cntrl}", " ").strip();
        if (names == NamePolicy.ASK && !name.isEmpty()) {
            return name.length() > MAX_NAME ? name.substring(0, MAX_NAME).strip() : name;
        }
        return "Participant " + numbers.getAsInt();
    }
}
