package org.framewright.diagram.server.share;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;

/**
 * A participant's edit on the host's command stack: the command itself, labelled with who made it, so that the host's
 * Undo reads e.g. "Undo Move (Alice)".
 */
public final class ParticipantCommand extends CommandWrapper {

    private final String participant;

    /** Wraps {@code command}, made by {@code participant}. */
    public ParticipantCommand(Command command, String participant) {
        super(command.getLabel() + " (" + participant + ")", command.getDescription(), command);
        this.participant = participant;
    }

    /** Who made the edit. */
    public String participant() {
        return participant;
    }
}
