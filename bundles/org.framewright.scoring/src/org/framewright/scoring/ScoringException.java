package org.framewright.scoring;

/**
 * A scheme or data set that cannot be scored as asked: an unknown or ambiguous period, a scheme that is not part of
 * a framework, or a cancelled run. The message is meant for the user.
 */
public class ScoringException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A scoring error with a message for the user. */
    public ScoringException(String message) {
        super(message);
    }
}
