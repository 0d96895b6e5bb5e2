package org.framewright.diagram.server.operations;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.framewright.diagram.server.model.FramewrightModelState;

/**
 * Base of Framewright operation handlers: each turns one GLSP operation into ONE EMF command, which GLSP executes on
 * the document's shared command stack (see {@link FramewrightModelState#execute}). A handler returns no command when
 * the operation does not apply (unknown element, nothing to change).
 *
 * @param <O> the operation handled
 */
public abstract class FramewrightOperationHandler<O extends Operation> extends BasicOperationHandler<O> {

    /** The session state. */
    protected FramewrightModelState state() {
        return (FramewrightModelState) modelState;
    }

    /** The shared editing domain. */
    protected EditingDomain domain() {
        return state().document().editingDomain();
    }

    /** The model element with id {@code id} if it is a {@code type}. */
    protected <T extends EObject> Optional<T> element(String id, Class<T> type) {
        return state().semanticElement(id).filter(type::isInstance).map(type::cast);
    }

    /** {@code command} if it can execute, else no command. */
    protected static Optional<Command> executable(Command command) {
        return command != null && command.canExecute() ? Optional.of(command) : doNothing();
    }
}
