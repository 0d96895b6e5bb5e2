package org.framewright.diagram.server.operations;

import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.glsp.graph.GPoint;
import org.framewright.diagram.server.layout.DiagramLayout;
import org.framewright.diagram.server.layout.SetPositionsCommand;
import org.framewright.diagram.server.model.FramewrightModelState;
import org.framewright.model.resource.IdAllocator;

/** Helpers for create handlers: fresh element ids and "add, then place where dropped" as one command. */
public final class CreateNodeCommands {

    private CreateNodeCommands() {
    }

    /** The first id {@code prefix + n} (n = 1, 2, ...) not used in {@code resource} ({@link IdAllocator}). */
    public static String freshId(Resource resource, String prefix) {
        return IdAllocator.freshId(resource, prefix);
    }

    /** {@code add}, followed by keeping {@code location} as the new node's position when one is given. */
    public static Command addAndPlace(String label, Command add, FramewrightModelState state, String id,
            GPoint location) {
        if (location == null) {
            return add;
        }
        CompoundCommand command = new CompoundCommand(label);
        command.append(add);
        command.append(new SetPositionsCommand(label, state.layout(), state.diagramKey(),
                Map.of(id, new DiagramLayout.Position(location.getX(), location.getY())), false));
        return command;
    }
}
