package org.framewright.codegen;

/**
 * A failure that the message alone explains (bad argument, unreadable model, generator error).
 * It carries no stack trace, so a failed run prints one readable line, under {@code java} and under
 * {@code exec:java} alike.
 */
final class CodegenFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CodegenFailure(String message) {
        super(message, null, false, false);
    }
}
