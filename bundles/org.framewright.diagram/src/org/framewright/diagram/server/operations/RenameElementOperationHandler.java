package org.framewright.diagram.server.operations;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.framewright.diagram.server.model.NodeShapes;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.ModelElement;
import org.framewright.model.Statement;

/** Applies a label edit: sets the name (a statement: its text) of the element whose name label ({@code <id>_name}) was edited. */
public class RenameElementOperationHandler extends FramewrightOperationHandler<ApplyLabelEditOperation> {

    @Override
    public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
        String text = operation.getText() == null ? "" : operation.getText().strip();
        return element(NodeShapes.elementIdOf(operation.getLabelId()), ModelElement.class)
                .filter(element -> !text.isEmpty() && !text.equals(shownText(element)))
                .flatMap(element -> executable(SetCommand.create(domain(), element, element instanceof Statement
                        ? FrameworkPackage.Literals.STATEMENT__TEXT : FrameworkPackage.Literals.MODEL_ELEMENT__NAME,
                        text)));
    }

    /** The text a node shows: a statement's text, any other element's name. */
    static String shownText(ModelElement element) {
        return element instanceof Statement statement ? statement.getText() : element.getName();
    }

    @Override
    public String getLabel() {
        return "Rename";
    }
}
