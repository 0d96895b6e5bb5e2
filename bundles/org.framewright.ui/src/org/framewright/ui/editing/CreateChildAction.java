package org.framewright.ui.editing;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.jface.action.Action;
import org.framewright.model.resource.IdAllocator;

/**
 * Adds one new element, as an item provider's new-child descriptor describes it, to {@code owner}: a
 * {@link CreateChildCommand} on the document's command stack (one undoable step). The new element gets a fresh id
 * from {@link IdAllocator} and is then handed to {@code reveal} (to select it).
 */
public final class CreateChildAction extends Action {

    private final ModelDocument document;
    private final EObject owner;
    private final Object descriptor;
    private final List<?> selection;
    private final Consumer<Collection<?>> reveal;

    /**
     * An action that creates {@code descriptor}'s child in {@code owner}; {@code selection} is what the user had
     * selected (the owner for New Child, a sibling for New Sibling).
     */
    public CreateChildAction(ModelDocument document, EObject owner, Object descriptor, List<?> selection,
            Consumer<Collection<?>> reveal) {
        this.document = document;
        this.owner = owner;
        this.descriptor = descriptor;
        this.selection = selection;
        this.reveal = reveal;
        Command command = command();
        if (command instanceof CommandActionDelegate delegate) {
            setText(delegate.getText());
            setToolTipText(delegate.getToolTipText());
        }
        setEnabled(command.canExecute());
    }

    /** The element this action would add (before it runs: not yet in the model, without id). */
    public Object child() {
        return descriptor instanceof CommandParameter parameter ? parameter.getValue() : null;
    }

    /** The containment feature the element is added to. */
    public Object feature() {
        return descriptor instanceof CommandParameter parameter ? parameter.getFeature() : null;
    }

    @Override
    public void run() {
        if (child() instanceof EObject child) {
            IdAllocator.assignIds(document.resource(), child);
        }
        Command command = command();
        if (command.canExecute()) {
            document.commandStack().execute(command);
            reveal.accept(command.getAffectedObjects());
        }
    }

    private Command command() {
        return CreateChildCommand.create(document.domain(), owner, descriptor, selection);
    }
}
