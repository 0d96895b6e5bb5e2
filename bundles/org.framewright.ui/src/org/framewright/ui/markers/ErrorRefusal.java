package org.framewright.ui.markers;

import java.util.List;

import org.framewright.model.Framework;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.ScoringPreconditions;

/**
 * The workbench's one check before scoring or simulating: a framework with validation errors (the same rules as
 * Problems and {@code ./framewright validate}, through {@link ScoringPreconditions}, the gate the CLI uses) is
 * refused, with the list of its errors, rather than scored into numbers nobody can trust. Warnings do not refuse.
 * Call on the thread that may read the model (the UI thread for an open document), before taking a copy of it.
 */
public final class ErrorRefusal {

    /** How many errors the message lists before "... and N more". */
    static final int LISTED = 10;

    private ErrorRefusal() {
    }

    /**
     * {@code null} when {@code framework} has no errors; else the message that refuses to {@code verb} it: a first
     * line "CSCI ... is not scored: 2 errors, the first FW-WEIGHT-01 ... (the Problems view lists them all):", then
     * one line per error as {@code ./framewright validate} prints it.
     */
    public static String refusal(Framework framework, String verb) {
        List<ModelDiagnostic> errors = ScoringPreconditions.errors(framework);
        if (errors.isEmpty()) {
            return null;
        }
        // the first line says it all, for views that show one line: the verdict, the count and the first error
        StringBuilder message = new StringBuilder(name(framework)).append(" is not ").append(verb).append(": ")
            .append(errors.size()).append(errors.size() == 1 ? " error" : " errors").append(", the first ")
            .append(errors.get(0).code()).append(' ').append(errors.get(0).message())
            .append(" (the Problems view lists them all):");
        errors.stream().limit(LISTED).forEach(error -> message.append('\n').append(error));
        if (errors.size() > LISTED) {
            message.append("\n... and ").append(errors.size() - LISTED).append(" more");
        }
        return message.toString();
    }

    private static String name(Framework framework) {
        return framework.getName() != null ? framework.getName() : framework.getId();
    }
}
