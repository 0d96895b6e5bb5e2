package org.framewright.ui.editor;

import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IMessage;
import org.framewright.ui.markers.LiveValidation;
import org.framewright.validation.ModelDiagnostic;

/**
 * The problems of the last validation as form messages: a form header shows them in the hover of its message (the
 * list a person reads without opening the Problems view).
 */
final class ProblemMessages {

    /** How many problems the hover lists. */
    static final int LISTED = 25;

    private ProblemMessages() {
    }

    /** One message per problem ({@code CODE path: message}), at most {@link #LISTED}. */
    static IMessage[] of(LiveValidation validation) {
        List<ModelDiagnostic> diagnostics = validation.diagnostics();
        return diagnostics.stream().limit(LISTED).map(Problem::new).toArray(IMessage[]::new);
    }

    private record Problem(ModelDiagnostic diagnostic) implements IMessage {

        @Override
        public String getMessage() {
            return diagnostic.code() + " " + diagnostic.elementPath() + ": " + diagnostic.message();
        }

        @Override
        public int getMessageType() {
            return switch (diagnostic.severity()) {
                case ERROR -> IMessageProvider.ERROR;
                case WARNING -> IMessageProvider.WARNING;
                case INFO -> IMessageProvider.INFORMATION;
            };
        }

        @Override
        public Object getKey() {
            return diagnostic;
        }

        @Override
        public Object getData() {
            return diagnostic.element();
        }

        @Override
        public Control getControl() {
            return null;
        }

        @Override
        public String getPrefix() {
            return null;
        }
    }
}
