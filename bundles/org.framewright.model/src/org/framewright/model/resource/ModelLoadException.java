package org.framewright.model.resource;

import java.io.IOException;
import java.util.List;

/**
 * A model file could not be read. Each problem is one line of the form {@code file:line:column: message}, ready to
 * show to a user.
 */
public class ModelLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ModelLoadException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, one per line, each naming the file and, where known, line and column. */
    public List<String> problems() {
        return problems;
    }
}
